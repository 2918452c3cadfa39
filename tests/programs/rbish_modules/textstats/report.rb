require_relative "stats"

class Report
  def initialize(title, text)
    @title = title
    @text = text
  end

  def render(top = 5)
    lines = ["# #{@title}", "words: #{TextStats.words(@text).size}"]
    TextStats.frequencies(@text).first(top).each_with_index do |(w, c), i|
      lines << "#{i + 1}. #{w.ljust(8)} #{c}"
    end
    lines.join("\n")
  end
end
