"""What every feature shares: the typed context and services (context.py), who is asking
(identify.py), errors, flood notices, sending and what a failed send means (delivery.py),
background work, the command list, choosing a coalition, conversation steps, and the web
front door's access check and context (web.py). The core imports no feature."""
