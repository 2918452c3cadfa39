# KeyError from a missing dict key inside a function.
def get_port(config):
    return config["port"]

cfg = {"host": "localhost"}
print("host:", cfg["host"])
print("port:", get_port(cfg))
print("never printed")
