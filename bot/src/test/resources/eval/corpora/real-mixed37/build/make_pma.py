"""Build docs/SECURITY (plain text) from the phpMyAdmin 5.2.1 documentation sources (Debian package phpmyadmin)."""
import re, subprocess, pathlib, textwrap
here = pathlib.Path(__file__).parent
O = here / 'orig' / 'phpmyadmin'
faq = (O / 'faq.rst.txt').read_text()
def cut(t, a, b):
    i = t.index(a); j = t.index(b, i); return t[i:j]
def clean_rst(s):
    s = re.sub(r'`([^`<]+?) <mailto:([^>]+)>`_', r'\1 (\2)', s)
    s = re.sub(r':(ref|term|file|config|doc):`([^`<]*?)\s*(<[^>]*>)?`', lambda m: m.group(2) or m.group(3), s)
    s = re.sub(r'^\.\. _[^:]+:\s*$', '', s, flags=re.M)
    return s
def to_plain(rst):
    out = subprocess.run(['pandoc', '-f', 'rst', '-t', 'plain', '--wrap=auto', '--columns=76'],
                         input=clean_rst(rst), capture_output=True, text=True, check=True).stdout
    return out.strip('\n')
def ind(s, n=4):
    return textwrap.indent(s, ' ' * n)
sec = (O / 'security.rst.txt').read_text()
pol_intro = cut(sec, 'The phpMyAdmin developer', 'Typical vulnerabilities\n')
parts = []
parts.append(('1', 'SECURITY POLICY', to_plain(pol_intro)))
typ = cut(sec, 'In this section, we will', 'Cross-site scripting (XSS)\n')
subs = []
names = ['Cross-site scripting (XSS)', 'Cross-site request forgery (CSRF)', 'SQL injection', 'Brute force attack']
for k, n in enumerate(names):
    nxt = names[k + 1] + '\n' if k + 1 < len(names) else '.. _reporting-security:'
    body = cut(sec, n + '\n', nxt).split('\n', 2)[2]
    subs.append((f'2.{k+1}', n, to_plain(body)))
rep = cut(sec, 'Should you find a security issue', '\nShould you have suggestion') 
rep2 = sec[sec.index('Should you have suggestion'):]
faqs = []
for a, b in [('.. _faq1_17:', '.. _faq1_17a:'), ('.. _faq1_31:', '.. _faq1_32:'), ('.. _faq1_42:', '.. _faq1_43:'),
             ('.. _faq4_2:', '.. _faq4_3:'), ('.. _faq7_1:', '.. _faqsecurity:'), ('.. _faq8_1:', '.. _faqsynchronization:')]:
    faqs.append(cut(faq, a, b))
lines = []
W = lines.append
W('phpMyAdmin 5.2.1')
W('SECURITY POLICY, PROJECT FAQ AND COPYRIGHT')
W('')
W('Excerpt of the phpMyAdmin documentation (chapters "Security policy",')
W('"FAQ - Frequently Asked Questions" (selected questions), "Developers')
W('Information" and "Copyright"), as shipped in the Debian package')
W('phpmyadmin 4:5.2.1+dfsg-1+deb12u1. Licence: GNU GPL version 2.')
W('')
W('Contents')
W('    1. Security policy')
W('    2. Typical vulnerabilities')
W('    3. Reporting security issues')
W('    4. Frequently asked questions (selected)')
W('    5. Developers information')
W('    6. Copyright')
W('')
W('=' * 76)
def head(num, title):
    W(''); W(f'{num}. {title}'); W('-' * (len(num) + 2 + len(title))); W('')
head('1', 'Security policy')
W(ind(to_plain(pol_intro).replace('see reporting-security', 'see section 3 (Reporting security issues)')))
head('2', 'Typical vulnerabilities')
W(ind(to_plain(typ)))
for num, n, body in subs:
    W(''); W(f'    {num} {n}'); W('')
    body = re.sub(r'\n*See also\n*', '\n\n', body).rstrip()
    W(ind(body, 8))
head('3', 'Reporting security issues')
W(ind(to_plain(rep)))
W('')
W(ind(to_plain(rep2)))
head('4', 'Frequently asked questions (selected)')
W(ind('The following questions are reproduced from the phpMyAdmin FAQ with\ntheir original numbers.'))
for f in faqs:
    f = re.sub(r'\n(phpMyAdmin project|Security)\n\++\n', '\n', f)
    f = re.sub(r'\.\. seealso:: [^\n]*\n', '', f)
    txt = to_plain(f)
    W(''); W(ind(txt))
head('5', 'Developers information')
W(ind(to_plain((O / 'developers.rst.txt').read_text().split('\n', 4)[4])))
head('6', 'Copyright')
W(ind(to_plain((O / 'copyright.rst.txt').read_text().split('\n', 5)[5])))
W(''); W('=' * 76)
text = '\n'.join(lines) + '\n'
text = re.sub(r'[ \t]+\n', '\n', text)
(here.parent / 'docs' / 'SECURITY').write_text(text)
print(len(text.split()), 'words')
