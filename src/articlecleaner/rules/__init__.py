"""The built-in rules, one family per module."""

from __future__ import annotations

from .._rule import Rule
from .author_box import AuthorBox
from .comments import CommentAuthorLine, CommentSection
from .content import OutsideMainContent
from .cookie import CookieBanner
from .copies import RepeatedCopy
from .credit import PhotoCredit
from .dom import BoilerplateContainer, CaptionContainer, ProductReviews
from .footer import CopyrightLine, FooterPhraseLine, PostFilingLine
from .forms import FormText
from .metadata import AuthorNote, Byline, Dateline, HeadlineLine
from .navigation import Breadcrumb, FileLink, NavigationPhraseLine, TagLine
from .notices import Disclaimer, ScriptNotice
from .promo import AppPromo, PromoCall, PromoPhraseLine, SitePointer
from .share import IconRun, SharePhraseLine
from .switcher import LanguageSwitcher
from .teaser import DoubledLine, MarkedTeaser, ReadMoreTeaser
from .timestamp import TimestampLine

BUILTIN_RULES: tuple[type[Rule], ...] = (
    OutsideMainContent,
    RepeatedCopy,
    NavigationPhraseLine,
    Breadcrumb,
    TagLine,
    FileLink,
    TimestampLine,
    CommentSection,
    CommentAuthorLine,
    BoilerplateContainer,
    CaptionContainer,
    ProductReviews,
    SharePhraseLine,
    IconRun,
    ReadMoreTeaser,
    DoubledLine,
    MarkedTeaser,
    PhotoCredit,
    PromoPhraseLine,
    AppPromo,
    PromoCall,
    SitePointer,
    FormText,
    ScriptNotice,
    Disclaimer,
    LanguageSwitcher,
    CookieBanner,
    CopyrightLine,
    FooterPhraseLine,
    PostFilingLine,
    HeadlineLine,
    Dateline,
    Byline,
    AuthorNote,
    AuthorBox,
)
"""Every rule shipped with articlecleaner, in code order within each family."""

__all__ = ["BUILTIN_RULES"]
