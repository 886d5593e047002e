import sys, textwrap
src = open(sys.argv[1], encoding='utf-8').read()
out = []
verbatim = False
for block in src.split('\n\n'):
    block = block.strip('\n')
    if block.startswith('@@\n'):
        out.append(block[3:]); continue
    if block.startswith(('* ', '- ')):
        items = []
        for line in block.split('\n'):
            items.append(textwrap.fill(line, 72, subsequent_indent='  ', break_on_hyphens=False))
        out.append('\n'.join(items)); continue
    out.append(textwrap.fill(block, 72, break_on_hyphens=False))
open(sys.argv[2], 'w', encoding='utf-8').write('\n\n'.join(out) + '\n')
