from corrigenda.anchoring.normalise import Normalised, fingerprint, normalise, normalise_text

__all__ = ["Normalised", "fingerprint", "normalise", "normalise_text"]
