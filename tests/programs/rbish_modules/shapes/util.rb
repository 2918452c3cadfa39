# Formatting helpers shared by the shapes project.
module Util
  PRECISION = 2

  def self.fmt(x)
    format("%.#{PRECISION}f", x)
  end

  def self.banner(title)
    line = "=" * (title.length + 4)
    [line, "| #{title} |", line].join("\n")
  end
end
