-- Sphinx :ref:`Text <label>` roles: show the text, as Sphinx does, not the raw role.
function Code(el)
  if el.attributes['role'] == 'ref' then
    local text = el.text:gsub('%s*<[^>]*>%s*$', '')
    return pandoc.Code(text)
  end
end
