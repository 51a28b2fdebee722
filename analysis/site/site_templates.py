"""The one way the site's own pages are written: Jinja2 templates with autoescaping on.

Every page the build writes itself (``index.html``, ``search.html``, the per-document pages)
extends ``templates/site/base.html.j2``, and its footer (``templates/site/footer.html.j2``) is
the one the notebook pages include too (``templates/offline/index.html.j2``, rendered by
nbconvert). Values are escaped when the template writes them; HTML made elsewhere (a table
from ``analysis.site.notebook.table_html``, Markdown turned into HTML) is passed as ``Markup``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "templates"


@cache
def environment() -> Environment:
    """The site's Jinja2 environment (templates under ``analysis/templates``, autoescaping
    on, an undefined name an error)."""
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_page(
    template: str,
    title: str,
    footer: Mapping[str, str],
    *,
    nav_href: str | None = None,
    head: str = "",
    **context: object,
) -> str:
    """A site page from ``templates/site/<template>``: ``title``, the ``footer`` mapping
    (``reports.footer_info``; its ``assets`` are the page's asset tags), a link back to the
    index at ``nav_href`` if given, ``head`` (trusted HTML for the page's head) and the
    template's own ``context``."""
    return (
        environment()
        .get_template(f"site/{template}")
        .render(
            title=title,
            footer=footer,
            nav_href=nav_href,
            head=Markup(head),
            **context,
        )
    )


def render_fragment(template: str, **context: object) -> Markup:
    """The HTML of a template that is part of a page (``templates/site/<template>``)."""
    return Markup(environment().get_template(f"site/{template}").render(**context))
