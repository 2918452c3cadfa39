# Graph algorithms: BFS, DFS, Dijkstra with a binary heap, topological sort.
class MinHeap
  def initialize
    @items = []
  end

  def empty?
    @items.empty?
  end

  def size
    @items.size
  end

  def push(priority, value)
    @items << [priority, value]
    sift_up(@items.size - 1)
    self
  end

  def pop
    return nil if @items.empty?
    top = @items.first
    last = @items.pop
    unless @items.empty?
      @items[0] = last
      sift_down(0)
    end
    top
  end

  private

  def sift_up(i)
    while i > 0
      parent = (i - 1) / 2
      break if (@items[parent] <=> @items[i]) <= 0
      @items[parent], @items[i] = @items[i], @items[parent]
      i = parent
    end
  end

  def sift_down(i)
    n = @items.size
    loop do
      smallest = i
      [2 * i + 1, 2 * i + 2].each do |c|
        smallest = c if c < n && (@items[c] <=> @items[smallest]) < 0
      end
      break if smallest == i
      @items[smallest], @items[i] = @items[i], @items[smallest]
      i = smallest
    end
  end
end

class Graph
  def initialize
    @adj = Hash.new { |h, k| h[k] = [] }
  end

  def add_edge(a, b, w = 1, directed = false)
    @adj[a] << [b, w]
    @adj[b] << [a, w] unless directed
    @adj[b] if directed
    self
  end

  def nodes
    @adj.keys
  end

  def bfs(start)
    order = [start]
    seen = { start => true }
    queue = [start]
    until queue.empty?
      node = queue.shift
      @adj[node].each do |nb, _|
        next if seen[nb]
        seen[nb] = true
        order << nb
        queue << nb
      end
    end
    order
  end

  def dfs(node, seen = {}, order = [])
    seen[node] = true
    order << node
    @adj[node].each { |nb, _| dfs(nb, seen, order) unless seen[nb] }
    order
  end

  def dijkstra(source)
    dist = { source => 0 }
    prev = {}
    heap = MinHeap.new.push(0, source)
    until heap.empty?
      d, node = heap.pop
      next if d > dist[node]
      @adj[node].each do |nb, w|
        nd = d + w
        if dist[nb].nil? || nd < dist[nb]
          dist[nb] = nd
          prev[nb] = node
          heap.push(nd, nb)
        end
      end
    end
    [dist, prev]
  end

  def path(prev, target)
    path = [target]
    path.unshift(prev[path.first]) while prev[path.first]
    path
  end

  def topo_sort
    indeg = Hash.new(0)
    nodes.each { |n| indeg[n] += 0 }
    @adj.each_value { |edges| edges.each { |b, _| indeg[b] += 1 } }
    ready = indeg.select { |_, d| d.zero? }.keys.sort
    order = []
    until ready.empty?
      n = ready.shift
      order << n
      @adj[n].each do |b, _|
        indeg[b] -= 1
        ready = (ready << b).sort if indeg[b].zero?
      end
    end
    order.size == nodes.size ? order : nil
  end
end

g = Graph.new
[["A", "B", 4], ["A", "C", 2], ["B", "C", 5], ["B", "D", 10], ["C", "E", 3], ["E", "D", 4], ["D", "F", 11], ["E", "F", 20]].each do |a, b, w|
  g.add_edge(a, b, w)
end
p g.bfs("A"), g.dfs("A")
dist, prev = g.dijkstra("A")
dist.sort.each { |node, d| puts "A -> #{node}: #{d} via #{g.path(prev, node).join('-')}" }
h = MinHeap.new
[5, 3, 8, 1, 9, 2, 7].each { |x| h.push(x, "item#{x}") }
out = []
out << h.pop until h.empty?
p out.map(&:first), out.last
deps = Graph.new
[%w[shirt tie], %w[tie jacket], %w[pants shoes], %w[pants belt], %w[belt jacket], %w[shirt belt], %w[socks shoes]].each do |a, b|
  deps.add_edge(a, b, 1, true)
end
p deps.topo_sort
cyclic = Graph.new.add_edge(1, 2, 1, true).add_edge(2, 3, 1, true).add_edge(3, 1, 1, true)
p cyclic.topo_sort
grid = ["S.#.....", ".##.###.", "....#...", ".##...#E"]
start = goal = nil
grid.each_with_index do |row, r|
  row.chars.each_with_index do |ch, c|
    start = [r, c] if ch == "S"
    goal = [r, c] if ch == "E"
  end
end
maze = Graph.new
grid.each_with_index do |row, r|
  row.chars.each_with_index do |ch, c|
    next if ch == "#"
    [[0, 1], [1, 0]].each do |dr, dc|
      nr, nc = r + dr, c + dc
      maze.add_edge([r, c], [nr, nc]) if nr < grid.size && nc < row.size && grid[nr][nc] != "#"
    end
  end
end
mdist, mprev = maze.dijkstra(start)
puts "maze shortest path length: #{mdist[goal]}"
route = maze.path(mprev, goal)
rows = grid.map(&:dup)
route[1...-1].each { |r, c| rows[r][c] = "*" }
puts rows
