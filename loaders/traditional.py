"""Traditional → simplified folding, one character for one, so offsets survive.

zhconv's conversion table also holds phrase rules that change lengths; only its single-character
entries are used here, because the normalised view must map back to original characters.
"""

from __future__ import annotations

from functools import lru_cache

import zhconv.zhconv as _zhconv

# Simplified characters the table rewrites to a mainland word (矽→硅, 乾→干, 钜→巨): in a simplified
# text they are parts of names (矽力杰, 乾县), which must stay as written.
_NAME_CHARACTERS = frozenset("乾矽钜锺甯渖")


@lru_cache(maxsize=1)
def _char_table() -> dict[str, str]:
    table = _zhconv.getdict("zh-cn")
    return {src: dst for src, dst in table.items() if len(src) == 1 and len(dst) == 1 and src not in _NAME_CHARACTERS}


def to_simplified_char(ch: str) -> str:
    return _char_table().get(ch, ch)
