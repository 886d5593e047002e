"""Builds ../docs/CHARTER (plain text, 72 columns) from charter.src.

Lines in charter.src: '@ARTICLE n -- TITLE' headings, 'n.n text' clauses, '(x) text' items."""
import os
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
W = 72
out = []


def centre(s):
    return (' ' * ((W - len(s)) // 2) + s).rstrip()


def wrap(text, first, rest):
    return textwrap.wrap(text, W, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False, break_long_words=False)


out += ['', centre('THE COPPERWYRM GUILD'), '', centre('C H A R T E R'), '',
        centre('Adopted at the founding meeting held online on 9 September 2017.'),
        centre('Amended by the Annual General Meetings of 13 March 2021'),
        centre('and 8 March 2025.'), '']
out += wrap('This Charter is the constitution of The Copperwyrm Guild. The policies '
            'of the Guild listed in Article 13 are made under it and must be read '
            'with it. Words such as "Member", "Council" and "Guild Spaces" have '
            'the meanings given in Articles 1, 3 and 6.', '', '')
out += ['', '=' * W]

for line in open(os.path.join(HERE, 'charter.src'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip():
        continue
    if line.startswith('@'):
        out += ['', line[1:], '']
        continue
    m = re.match(r'^(\d+\.\d+) (.*)$', line)
    if m:
        if out[-1] != '':
            out.append('')
        num = m.group(1)
        out += wrap(m.group(2), num.ljust(6), ' ' * 6)
        continue
    m = re.match(r'^(\([a-z]\)) (.*)$', line)
    assert m, line
    out += wrap(m.group(2), ' ' * 6 + m.group(1) + ' ', ' ' * 10)

TABLE = [
    ('Decision', 'Made by', 'Majority needed'),
    None,
    ('Ordinary motion', 'General Meeting', 'Simple majority'),
    ('Subscription rise over 20%', 'General Meeting', 'Simple majority'),
    ('Remove a Councillor', 'General Meeting', 'Two-thirds of votes'),
    ('Amend this Charter', 'General Meeting', 'Two-thirds of votes'),
    ('Dissolve the Guild', 'Special GM', 'Three-quarters'),
    ('Appoint an Honorary Member', 'Council', 'Two-thirds of all'),
    ('Expel a Member', 'Council', 'Two-thirds of all'),
    ('Council decision', 'Council meeting', 'Simple majority'),
    ('Urgent written decision', 'Council channel', '5 Councillors for'),
]
widths = [max(len(r[i]) for r in TABLE if r) for i in range(3)]
sep = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
out += ['', '', 'SCHEDULE -- DECISIONS AND MAJORITIES', '']
out += wrap('This Schedule summarises the majorities required by this Charter. '
            'If the Schedule and an Article differ, the Article applies.', '', '')
out += ['', sep]
for r in TABLE:
    if r is None:
        out.append(sep.replace('-', '='))
        continue
    out.append('| ' + ' | '.join(c.ljust(w) for c, w in zip(r, widths)) + ' |')
out += [sep, '', '', 'RECORD OF AMENDMENTS', '']
for d, t in [('13 March 2021', 'Article 12.5 (Access Fund) added. Minimum age for '
              'Community Members raised from 12 to 13.'),
             ('8 March 2025', 'Council enlarged from five to seven Councillors '
              '(Article 6.1). Single transferable vote introduced (Article 10.4). '
              'Article 5.5 added.')]:
    out += wrap(t, d.ljust(16), ' ' * 16)
out += ['', '-' * W, centre('Secretary: council@copperwyrm.example'), '']

text = '\n'.join(out)
assert max(len(l) for l in out) <= W
open(os.path.join(HERE, '..', 'docs', 'CHARTER'), 'w', encoding='utf-8').write(text)
print(len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'.-]*", text)), 'words')
