"""Stage 5, the HTML edition's finishing steps, after Sphinx has written the site.

The Sphinx extension (:mod:`folio.sphinxext.html`) runs them in order when
the HTML builder finishes, so ``folio build html`` and ``make livehtml``
publish the same site:

1. :mod:`~folio.html.assets`: remove what the theme ships and the book never
   uses (source maps, notebook launchers' logos, locales, the icon script);
2. :mod:`~folio.html.fonts`: the text face (TeX Gyre Pagella) and the icon
   font, cut down to the characters and icons the pages use, as WOFF2;
3. :mod:`~folio.html.styles`: the theme's stylesheet without the rules no
   page can match.
"""
