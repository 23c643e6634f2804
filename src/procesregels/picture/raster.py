"""A small RGB canvas that draws rectangles, lines and bitmap text and writes itself as PNG.

Pure Python (zlib and struct from the standard library): a Word report needs a raster image, and
an imaging library would be a heavy dependency for boxes, lines and labels. Drawing is done on
whole rows (`bytearray` slices), so a picture of a few million pixels takes well under a second.
The PNG is written the same way every time (no time stamp, fixed compression), so the same
picture gives the same bytes.
"""

from __future__ import annotations

import struct
import zlib

from procesregels.picture import font

Colour = tuple[int, int, int]


def colour(value: str) -> Colour:
    """`#1f2933` -> (31, 41, 51)."""
    value = value.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


class Canvas:
    """`width` x `height` pixels, white; coordinates are pixels, clipped to the canvas."""

    def __init__(self, width: int, height: int, background: Colour = (255, 255, 255)):
        self.width = max(1, int(width))
        self.height = max(1, int(height))
        self.pixels = bytearray(bytes(background) * (self.width * self.height))

    def fill(self, x: float, y: float, w: float, h: float, rgb: Colour) -> None:
        x0, y0 = max(0, int(round(x))), max(0, int(round(y)))
        x1, y1 = min(self.width, int(round(x + w))), min(self.height, int(round(y + h)))
        if x1 <= x0 or y1 <= y0:
            return
        run = bytes(rgb) * (x1 - x0)
        for row in range(y0, y1):
            start = (row * self.width + x0) * 3
            self.pixels[start:start + len(run)] = run

    def frame(self, x: float, y: float, w: float, h: float, rgb: Colour, line: int = 1, dash: int = 0) -> None:
        """The outline of a rectangle, `line` pixels thick, dashed when `dash` > 0."""
        self.hline(x, x + w, y, rgb, line, dash)
        self.hline(x, x + w, y + h - line, rgb, line, dash)
        self.vline(x, y, y + h, rgb, line, dash)
        self.vline(x + w - line, y, y + h, rgb, line, dash)

    def hline(self, x0: float, x1: float, y: float, rgb: Colour, line: int = 1, dash: int = 0) -> None:
        x0, x1 = sorted((x0, x1))
        if not dash:
            self.fill(x0, y, x1 - x0, line, rgb)
            return
        position = x0
        while position < x1:
            self.fill(position, y, min(dash, x1 - position), line, rgb)
            position += 2 * dash

    def vline(self, x: float, y0: float, y1: float, rgb: Colour, line: int = 1, dash: int = 0) -> None:
        y0, y1 = sorted((y0, y1))
        if not dash:
            self.fill(x, y0, line, y1 - y0, rgb)
            return
        position = y0
        while position < y1:
            self.fill(x, position, line, min(dash, y1 - position), rgb)
            position += 2 * dash

    def polyline(self, points: list[tuple[float, float]], rgb: Colour, line: int = 1, dash: int = 0) -> None:
        """Horizontal and vertical segments only (the routes of `png.py` are made of them)."""
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            if abs(y1 - y0) < 0.5:
                self.hline(x0, x1 + (line if x1 > x0 else 0), y0 - line / 2, rgb, line, dash)
            else:
                self.vline(x0 - line / 2, y0, y1, rgb, line, dash)

    def arrow_head(self, x: float, y: float, size: int, rgb: Colour) -> None:
        """A filled triangle pointing right, its tip at (x, y)."""
        for step in range(size):
            half = (size - step) / 2
            self.fill(x - size + step, y - half, 1, 2 * half, rgb)

    def text(self, x: float, y: float, value: str, rgb: Colour, scale: int = 2, bold: bool = False) -> float:
        """`value` with its top-left corner at (x, y); returns the x after the last character."""
        for char in value:
            rows = font.glyph(char)
            for row, bits in enumerate(rows):
                if not bits:
                    continue
                for column in range(font.WIDTH):
                    if bits & (16 >> column):
                        self.fill(x + column * scale, y + row * scale, scale + (1 if bold else 0), scale, rgb)
            x += font.ADVANCE * scale + (1 if bold else 0)
        return x

    def png(self) -> bytes:
        """The canvas as a PNG file (8-bit RGB, no interlace, filter 0 on every row)."""
        stride = self.width * 3
        raw = b"".join(b"\x00" + bytes(self.pixels[row * stride:(row + 1) * stride]) for row in range(self.height))
        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b"")


def text_width(value: str, scale: int = 2) -> int:
    return len(value) * font.ADVANCE * scale


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
