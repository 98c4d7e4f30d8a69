# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""11.0.1.1.0: the minutes' circulation delay.

The delay the chamber reports is meeting → minutes circulated to the members (ccis_governance
11.0.1.1.0 records the circulation date and fills it on the existing minutes). The new
definition « Délai moyen de diffusion des PV » is created by the data file (new record); the
definition that measured meeting → approval keeps measuring that, as « Délai moyen
d'approbation des PV »: its description, which said the approval date was the only date of
circulation the suite kept, is corrected (noupdate data: written here), with its outdated
translations. The lines of the new definition in the programmes being run are measured."""
import logging

from odoo import SUPERUSER_ID, api

_logger = logging.getLogger(__name__)

APPROVAL_DESCRIPTION = (
    "Nombre moyen de jours entre la séance et l'approbation de son procès-verbal par l'organe "
    "(date de la séance d'approbation), pour les PV approuvés dans la période.")


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    approval = env.ref('ccis_governance_activity.ccis_indicator_definition_minutes_delay',
                       raise_if_not_found=False)
    description = approval.with_context(lang=None).description if approval else None
    if description and 'seule date de diffusion' in description:
        cr.execute("""DELETE FROM ir_translation
                       WHERE type = 'model' AND name = 'ccis.indicator.definition,description'
                         AND res_id = %s""", (approval.id,))
        approval.with_context(lang=None).description = APPROVAL_DESCRIPTION
    circulation = env.ref(
        'ccis_governance_activity.ccis_indicator_definition_minutes_circulation_delay',
        raise_if_not_found=False)
    if circulation:
        circulation._ccis_recompute_open_lines()
        _logger.info("Minutes circulation delay: lines of the running programmes measured")
