"""The ground floor: pure rules and value types. Nothing here imports storage, handlers or bot."""
