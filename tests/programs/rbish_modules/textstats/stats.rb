module TextStats
  def self.words(text)
    text.downcase.gsub(/[^a-z' ]/, " ").split
  end

  def self.frequencies(text)
    words(text).tally.sort_by { |w, c| [-c, w] }
  end
end
