# exit with an explicit status after some output; at_exit-free.
puts "partial work"
$stdout.flush
warn "fatal: giving up"
exit 3
