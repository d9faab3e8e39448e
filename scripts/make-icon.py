#!/usr/bin/env python3
"""Draws images/icon.png (128x128): a page of text lines under a magnifying lens, on a deep
blue rounded square. Pure standard library (zlib + struct), anti-aliased by supersampling."""
import math, struct, zlib, pathlib

N, S = 128, 4  # size and supersampling factor
BG, PAGE, LINE, LENS, GLASS = (29, 53, 87), (241, 250, 238), (69, 123, 157), (230, 57, 70), (168, 218, 220)

def inside_rounded(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r); cy = min(max(y, y0 + r), y1 - r)
    return x0 <= x <= x1 and y0 <= y <= y1 and (x - cx) ** 2 + (y - cy) ** 2 <= r * r

def colour(x, y):
    if not inside_rounded(x, y, 2, 2, 126, 126, 22):
        return None
    c = BG
    if inside_rounded(x, y, 22, 18, 88, 108, 6):
        c = PAGE
        for i, width in enumerate([52, 44, 52, 36, 48, 52, 30]):
            ly = 30 + i * 11
            if 30 <= x <= 30 + width and ly <= y <= ly + 4:
                c = LINE if i != 2 else LENS
    cx, cy, r = 76, 70, 24
    d = math.hypot(x - cx, y - cy)
    if d <= r - 5:
        c = tuple(int(0.55 * a + 0.45 * b) for a, b in zip(c, GLASS))
    elif d <= r:
        c = LENS
    # handle: a thick segment from the ring towards the bottom right
    hx, hy = (x - cx) / math.sqrt(2) + (y - cy) / math.sqrt(2), (x - cx) / math.sqrt(2) - (y - cy) / math.sqrt(2)
    if r - 1 <= hx <= r + 26 and abs(hy) <= 6:
        c = LENS
    return c

rows = []
for py in range(N):
    row = bytearray([0])
    for px in range(N):
        acc = [0, 0, 0, 0]
        for sy in range(S):
            for sx in range(S):
                c = colour(px + (sx + 0.5) / S, py + (sy + 0.5) / S)
                if c:
                    acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
        n = S * S
        a = acc[3] // n
        row += bytes([acc[0] // max(1, acc[3] // 255), acc[1] // max(1, acc[3] // 255), acc[2] // max(1, acc[3] // 255), a]) if a else bytes(4)
    rows.append(bytes(row))

def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)

png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', N, N, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')
out = pathlib.Path(__file__).resolve().parent.parent / 'images' / 'icon.png'
out.write_bytes(png)
print(f'wrote {out} ({len(png)} bytes)')
