require_relative "report"

poem = "The fog comes on little cat feet. It sits looking over harbor and city " \
       "on silent haunches and then moves on."
puts Report.new("Fog", poem).render
puts
puts Report.new("Tongue twister", "she sells sea shells by the sea shore, the shells she sells are sea shells").render(3)
p TextStats.words("Don't STOP - believing!")
