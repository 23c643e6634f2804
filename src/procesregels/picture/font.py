"""A small bitmap font for pictures drawn as PNG (`picture/png.py`), designed for this project.

Each glyph is 5 pixels wide; rows are given top to bottom as 5-bit numbers (16 = leftmost
pixel). Rows 0-6 hold capitals and digits, lower-case letters sit on rows 2-6, descenders use
rows 7-8. Letters with accents are drawn as their base letter with the accent on rows 0-1
(lower case only: a capital has no room above it); anything else unknown is drawn as `?`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

WIDTH = 5
HEIGHT = 9
ADVANCE = 6  # glyph width plus one pixel of space

_GLYPHS = """
0 0E 11 13 15 19 11 0E
1 04 0C 04 04 04 04 0E
2 0E 11 01 02 04 08 1F
3 1F 02 04 02 01 11 0E
4 02 06 0A 12 1F 02 02
5 1F 10 1E 01 01 11 0E
6 06 08 10 1E 11 11 0E
7 1F 01 02 04 08 08 08
8 0E 11 11 0E 11 11 0E
9 0E 11 11 0F 01 02 0C
A 0E 11 11 11 1F 11 11
B 1E 11 11 1E 11 11 1E
C 0E 11 10 10 10 11 0E
D 1C 12 11 11 11 12 1C
E 1F 10 10 1E 10 10 1F
F 1F 10 10 1E 10 10 10
G 0E 11 10 17 11 11 0F
H 11 11 11 1F 11 11 11
I 0E 04 04 04 04 04 0E
J 07 02 02 02 02 12 0C
K 11 12 14 18 14 12 11
L 10 10 10 10 10 10 1F
M 11 1B 15 15 11 11 11
N 11 11 19 15 13 11 11
O 0E 11 11 11 11 11 0E
P 1E 11 11 1E 10 10 10
Q 0E 11 11 11 15 12 0D
R 1E 11 11 1E 14 12 11
S 0F 10 10 0E 01 01 1E
T 1F 04 04 04 04 04 04
U 11 11 11 11 11 11 0E
V 11 11 11 11 11 0A 04
W 11 11 11 15 15 15 0A
X 11 11 0A 04 0A 11 11
Y 11 11 11 0A 04 04 04
Z 1F 01 02 04 08 10 1F
a 00 00 0E 01 0F 11 0F
b 10 10 16 19 11 11 1E
c 00 00 0E 10 10 11 0E
d 01 01 0D 13 11 11 0F
e 00 00 0E 11 1F 10 0E
f 06 09 08 1C 08 08 08
g 00 00 0F 11 11 0F 01 11 0E
h 10 10 16 19 11 11 11
i 04 00 0C 04 04 04 0E
j 02 00 06 02 02 02 02 12 0C
k 10 10 12 14 18 14 12
l 0C 04 04 04 04 04 0E
m 00 00 1A 15 15 11 11
n 00 00 16 19 11 11 11
o 00 00 0E 11 11 11 0E
p 00 00 1E 11 11 1E 10 10 10
q 00 00 0F 11 11 0F 01 01 01
r 00 00 16 19 10 10 10
s 00 00 0E 10 0E 01 1E
t 08 08 1C 08 08 09 06
u 00 00 11 11 11 13 0D
v 00 00 11 11 11 0A 04
w 00 00 11 11 15 15 0A
x 00 00 11 0A 04 0A 11
y 00 00 11 11 11 0F 01 11 0E
z 00 00 1F 02 04 08 1F
! 04 04 04 04 04 00 04
" 0A 0A 00
' 04 04 00
( 02 04 08 08 08 04 02
) 08 04 02 02 02 04 08
, 00 00 00 00 00 0C 04 08
- 00 00 00 0E 00 00 00
. 00 00 00 00 00 0C 0C
/ 00 01 02 04 08 10 00
: 00 0C 0C 00 0C 0C 00
; 00 0C 0C 00 0C 04 08
? 0E 11 01 02 04 00 04
& 0C 12 14 08 15 12 0D
+ 00 04 04 1F 04 04 00
= 00 00 1F 00 1F 00 00
% 18 19 02 04 08 13 03
_ 00 00 00 00 00 00 1F
* 00 04 15 0E 15 04 00
# 0A 0A 1F 0A 1F 0A 0A
[ 0E 08 08 08 08 08 0E
] 0E 02 02 02 02 02 0E
< 02 04 08 10 08 04 02
> 08 04 02 01 02 04 08
@ 0E 11 17 15 17 10 0E
\u20ac 07 08 1E 08 1E 08 07
\u2013 00 00 00 1F 00 00 00
\u2014 00 00 00 1F 00 00 00
\u2026 00 00 00 00 00 15 00
\u2192 00 04 02 1F 02 04 00
\u00b7 00 00 00 04 00 00 00
\u2605 04 04 1F 0E 0E 1B 11
\u25c6 00 04 0E 1F 0E 04 00
\u2018 04 04 00
\u2019 04 04 00
\u201c 0A 0A 00
\u201d 0A 0A 00
"""

#: Accents drawn above a lower-case letter (rows 0 and 1), by combining character.
_ACCENTS = {
    "\u0301": (0x02, 0x04),  # acute
    "\u0300": (0x08, 0x04),  # grave
    "\u0302": (0x04, 0x0A),  # circumflex
    "\u0308": (0x0A, 0x00),  # diaeresis
    "\u0303": (0x05, 0x0A),  # tilde
}


def _parse() -> dict[str, tuple[int, ...]]:
    glyphs = {}
    for line in _GLYPHS.strip().splitlines():
        name, *rows = line.split(" ")
        char = name.encode("ascii").decode("unicode_escape") if name.startswith("\\u") else name
        values = tuple(int(row, 16) for row in rows)
        glyphs[char] = values + (0,) * (HEIGHT - len(values))
    glyphs[" "] = (0,) * HEIGHT
    return glyphs


GLYPHS = _parse()


@lru_cache(maxsize=512)
def glyph(char: str) -> tuple[int, ...]:
    """The rows of `char`: its own glyph, its base letter with the accent, or `?`."""
    if char in GLYPHS:
        return GLYPHS[char]
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[:1], decomposed[1:]
    if base not in GLYPHS:
        return GLYPHS["?"]
    rows = list(GLYPHS[base])
    if base.islower() or base in "ij":
        for mark in marks:
            accent = _ACCENTS.get(mark)
            if accent:
                rows[0], rows[1] = accent[0], accent[1] if base not in "ij" else 0
    return tuple(rows)
