#!/usr/bin/env python3
"""Writes style-numbering.docx: a DOCX numbered as Word numbers headings and clauses through paragraph styles.

Word's outline numbering ("1. Definitions", "1.1 Contributor") and its "List Number" style set the numbering on
the style, not on each paragraph; the paragraphs name only their style. Written by hand (the parts Word needs and
no more) so that nothing but the styles carries the numbering:
  - Heading1 and Heading2 link to levels 0 and 1 of list 1 ("%1." and "%1.%2"); Heading2 names its level only
    through the list's pStyle link, as Word writes outline numbering;
  - ListNumber numbers through list 2 ("(%1)", lower-case letters); Clause is based on ListNumber and inherits it;
  - one Heading1 paragraph turns the numbering off with numId 0 ("Annex");
  - one ListNumber paragraph sets only its level (ilvl 1, "(%2)" in lower-case roman), its list from the style;
  - an introduction names two headings in plain paragraphs ("Membership", "Fees") before the headings themselves.

    python3 style-numbering.py   # writes style-numbering.docx beside it
"""
import os
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Clause"><w:name w:val="Clause"/>
  <w:basedOn w:val="ListNumber"/></w:style>
</w:styles>"""
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:pStyle w:val="ListNumber"/><w:lvlText w:val="(%1)"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%2)"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def para(text, style=None, num_off=False, level=None):
    ppr = ''
    if style:
        ppr = f'<w:pStyle w:val="{style}"/>'
    if num_off:
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
    if level is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{level}"/></w:numPr>'
    ppr = f'<w:pPr>{ppr}</w:pPr>' if ppr else ''
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


BODY = [
    para('Riverside Chess Club Rules'),
    para('These rules cover:'),
    para('Membership'),
    para('Fees'),
    para('Definitions', 'Heading1'),
    para('Contributor', 'Heading2'),
    para('A contributor is anyone who gives time to the club.'),
    para('Licence', 'Heading2'),
    para('The rules are published under CC BY 4.0.'),
    para('Membership', 'Heading1'),
    para('Anyone may join.', 'ListNumber'),
    para('The board may refuse an application.', 'ListNumber'),
    para('Juniors need a parent to sign.', 'ListNumber', level=1),
    para('Members pay a yearly fee.', 'Clause'),
    para('Fees', 'Heading2'),
    para('Fees are due each May.'),
    para('Annex', 'Heading1', num_off=True),
    para('The annex lists past champions.'),
]
DOCUMENT = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + ''.join(BODY) + '</w:body></w:document>')

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'style-numbering.docx')
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in (('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS),
                       ('word/_rels/document.xml.rels', DOC_RELS), ('word/document.xml', DOCUMENT),
                       ('word/styles.xml', STYLES), ('word/numbering.xml', NUMBERING)):
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        z.writestr(info, data, zipfile.ZIP_DEFLATED)
