# Text processing: word frequencies, n-grams, line wrapping, a concordance.
TEXT = <<~EOS
  It was the best of times, it was the worst of times, it was the age of
  wisdom, it was the age of foolishness, it was the epoch of belief, it was
  the epoch of incredulity, it was the season of Light, it was the season of
  Darkness, it was the spring of hope, it was the winter of despair.
EOS

words = TEXT.downcase.gsub(/[^a-z]+/, " ").split
puts "words: #{words.size}, distinct: #{words.uniq.size}"
freq = Hash.new(0)
words.each { |w| freq[w] += 1 }
top = freq.sort_by { |w, c| [-c, w] }.first(8)
top.each { |w, c| puts format("%-12s %3d %s", w, c, "*" * c) }
by_length = words.uniq.group_by(&:length).sort.map { |len, ws| "#{len}:#{ws.sort.join(',')}" }
puts by_length
bigrams = words.each_cons(2).map { |a, b| "#{a} #{b}" }.tally.select { |_, c| c > 1 }
p bigrams.sort_by { |bg, c| [-c, bg] }.first(5)
longest = words.max_by(&:length)
puts "longest word: #{longest} (#{longest.length})"
letters = TEXT.downcase.gsub(/[^a-z]/, "").chars.tally.sort_by { |ch, c| [-c, ch] }.first(5)
p letters
vowels = TEXT.count("aeiouAEIOU")
puts "vowels: #{vowels}"

def wrap(text, width)
  lines = []
  line = ""
  text.split.each do |word|
    if line.empty?
      line = word.dup
    elsif line.length + 1 + word.length <= width
      line << " " << word
    else
      lines << line
      line = word.dup
    end
  end
  lines << line unless line.empty?
  lines
end

[30, 45].each do |w|
  puts "-- wrapped at #{w} --"
  wrap(TEXT, w).each { |l| puts "|#{l.ljust(w)}|" }
end

concordance = Hash.new { |h, k| h[k] = [] }
TEXT.lines.each_with_index do |line, i|
  line.downcase.gsub(/[^a-z]+/, " ").split.uniq.each { |w| concordance[w] << i + 1 }
end
%w[it age season hope despair].each do |w|
  puts "#{w.ljust(8)} lines #{concordance[w].join(', ')}"
end
acronym = "portable network graphics".split.map { |w| w[0].upcase }.join
puts acronym
title = TEXT.lines.first.split.map.with_index { |w, i| i.even? ? w.upcase : w.downcase }.join(" ")
puts title
caesar = TEXT.lines.first.strip.tr("a-zA-Z", "d-za-cD-ZA-C")
puts caesar
puts caesar.tr("d-za-cD-ZA-C", "a-zA-Z") == TEXT.lines.first.strip
palins = %w[level rotor ruby noon stats gem racecar].select { |w| w == w.reverse }
p palins
anagrams = %w[listen silent enlist google tinsel banana inlets].group_by { |w| w.chars.sort.join }
p anagrams.values.select { |g| g.size > 1 }
