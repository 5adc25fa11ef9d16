"""The seed articles and the feed fixture built from them (package data for `sitrep demo`).

000_e3046546719b90f4.txt  the Doha trilateral story of Friday 6 December 2024
001_52b599c709a1b6e5.txt  the four-way talks story of Tuesday 3 December 2024
feed.xml                  one RSS 2.0 document with both, built by `python seeds/make_feed.py`
"""
