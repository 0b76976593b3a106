"""newsdesk.media: photo renditions (Pillow) and QR codes (qrcode), free of Qt and SQL.

- ``photos``: inspect a photo and make upright, sRGB, metadata-free web/thumbnail/print renditions
  with guards against bombs, truncated and fake files (``PhotoError`` with stable codes).
- ``cache``: ``RenditionCache``, renditions cached on disk by content hash and parameters.
- ``qr``: validated QR codes of an article URL as vector SVG or PNG (``QrError``).
"""
