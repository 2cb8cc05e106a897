"""Sign-up, log-in and comment forms: consent checkboxes and field prompts."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._page import Page
from .._rule import Category, Context, Label, Rule

_LEAD = r"^[\s*•☐□✓✔>-]*"  # a checkbox or bullet may come first
# The prompts printed around a form's fields.
_FORM_PROMPT = regex.compile(
    _LEAD + r"(?:Required fields are marked|Forgot (?:your )?password\?|"
    r"Please enter (?:a|your) (?:valid )?e-?mail|Fill in your details below|"
    r"Pflichtfelder|Passwort vergessen\?|Bitte (?:trage|gib) (?:eine|deine|Ihre) (?:gültige )?"
    r"E-Mail|Trage deine Daten unten ein|Mot de passe oublié|Champs obligatoires|"
    r"¿Olvidaste tu contraseña\?|Campos obligatorios|"
    # a comment form's fields: "Name (required)", "E-Mail (wird benötigt und nicht ...)"
    r"(?:Name|E-?Mail|Website|Webseite|Nom|Nombre|Correo)[^()]{0,20}\((?:required|"
    r"erforderlich|wird benötigt|Pflichtfeld|obligatoire|obligatorio)|"
    r"(?:Your|Ihre|Deine) E-?Mail[- ]?(?:address|Adresse) (?:will not|wird nicht) "
    r"(?:be published|veröffentlicht)|"
    r"Votre adresse (?:de messagerie|e-?mail) ne sera pas publiée)",
    regex.IGNORECASE,
)
# How a consent checkbox or the small print under a form button opens ...
_CONSENT_OPENING = regex.compile(
    _LEAD + r"(?:I (?:hereby )?(?:agree to|accept the|consent to|would like to receive|"
    r"have read (?:and|the (?:privacy|terms|data)))|"
    r"By (?:submitting|signing up|registering|subscribing|clicking|creating an account)|"
    r"Ich (?:akzeptiere|habe die (?:Datenschutz|Nutzungsbedingungen|AGB)|"
    r"bin (?:damit )?einverstanden|willige|möchte (?:den|regelmäßig|zusätzlich|per E-Mail))|"
    r"Ja, ich (?:bin interessiert|möchte|will)|Mit (?:dem )?(?:Absenden|Klick auf)|"
    r"J[’']accepte|J[’']ai lu|En (?:remplissant|cliquant sur|vous inscrivant|soumettant)|"
    r"Acepto|He leído|Al (?:hacer clic|registrarte|suscribirte|enviar))\b",
    regex.IGNORECASE,
)
# ... and what it is about: terms, privacy, data, mail.
_CONSENT_OBJECT = regex.compile(
    r"terms|privacy|policy|personal data|newsletter|e-?mail|communications|"
    r"datenschutz|nutzungsbedingungen|\bagb\b|einwilligung|daten|werbung|angebote|informiert|"
    r"benachrichtigt|données|conditions|confidentialit|désabonner|liste de diffusion|"
    r"política|privacidad|términos|condiciones|datos|cookies",
    regex.IGNORECASE,
)
_MAX_FORM_WORDS = 120
# What the case-folded text of a prompt and of a consent sentence opens with, after the
# checkbox or bullet of _LEAD: a line that opens otherwise is not tried.
_LEAD_CHARS = " \t*•☐□✓✔>-"
_PROMPT_OPENERS = (
    "required fields", "forgot", "please enter", "fill in", "pflichtfelder", "passwort",
    "bitte", "trage deine", "mot de passe", "champs", "¿olvidaste", "campos", "name",
    "e-mail", "email", "website", "webseite", "nom", "correo", "your", "ihre", "deine",
    "votre",
)  # fmt: skip
_CONSENT_OPENERS = (
    "i ", "by ", "ich ", "ja, ich", "mit ", "j’", "j'", "en ", "acepto", "he leído", "al ",
)  # fmt: skip


class FormText(Rule):
    """The consent sentences and prompts of sign-up, log-in and comment forms.

    What it catches: a line of at most 120 words that opens as a form makes the reader
    speak or act and is about terms, privacy, data or mail ("I agree to the terms ...",
    "By signing up you ...", "Ich akzeptiere die Nutzungsbedingungen", "Ja, ich möchte den
    Newsletter erhalten", "En remplissant ce formulaire ..."), and the prompts around the
    fields ("Required fields are marked", "Forgot your password?", "Pflichtfelder",
    "Name (required)", "Your email address will not be published").
    Why: newsletter, account and comment forms are printed on every page; their consent
    sentences are long and read like prose, so they can outweigh a short article.
    Example: ``I agree to receive the newsletter and have read the privacy policy.``
    """

    code = "AC504"
    name = "form-text"
    category = Category.PROMO

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if block.word_count > _MAX_FORM_WORDS:
                continue
            opening = page.folded[block.index].lstrip(_LEAD_CHARS)
            if opening.startswith(_PROMPT_OPENERS) and _FORM_PROMPT.match(block.text):
                yield self.hit(block.index, "a prompt of a form")
            elif (
                opening.startswith(_CONSENT_OPENERS)
                and _CONSENT_OPENING.match(block.text)
                and _CONSENT_OBJECT.search(block.text)
            ):
                yield self.hit(block.index, "the consent sentence of a form")
