"""Paper metadata: local catalogs (JSON, BibTeX), arXiv and Semantic Scholar clients, matching, resolving.

Nothing here imports the UI. Network code is async (httpx) so the app can run it in a worker; the CLI runs
it with asyncio.run.
"""
