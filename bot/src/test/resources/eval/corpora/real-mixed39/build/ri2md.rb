require 'rdoc'
f = ARGV[0]
obj = Marshal.load(File.binread(f))
doc = obj.respond_to?(:comment) ? obj.comment : obj
doc = doc.parse if doc.respond_to?(:parse) && !doc.is_a?(RDoc::Markup::Document)
fmt = RDoc::Markup::ToMarkdown.new
puts doc.accept(fmt)
