"""A background job's list and form in "Mes travaux en arrière-plan" follow the job by
themselves: its progress and step appear while it runs, its end shows without the user
reloading the page, and the views stop asking the server once nothing shown is running."""
import pytest

from ccis_browser import with_env

pytestmark = pytest.mark.browser

STEP_1 = 'Étape un du test de suivi'
STEP_2 = 'Étape deux du test de suivi'
MESSAGE = '.o_form_view [name="ccis_progress_message"]:has-text("%s")'


def _enqueue(env):
    """A job of the agent, started, at 25 % (the test server runs no job runner: the test
    moves it itself)."""
    agent = env.ref('ccis_base.user_agent_appui_demo')
    programme = env['ccis.activity.programme'].search([], limit=1)
    action = programme.sudo(agent)._ccis_job_enqueue(
        '_ccis_job_compute_indicators', 'Suivi du travail (test)', ('2026-01-15',))
    job = env['queue.job'].browse(action['res_id'])
    job.write({'state': 'started'})
    env['ccis.job.progress']._set(job.uuid, 25, STEP_1)
    return job.id, job.uuid


def _progress(uuid, percent, message, state=None):
    def write(env):
        env['ccis.job.progress']._set(uuid, percent, message)
        if state:
            env['queue.job'].search([('uuid', '=', uuid)]).write({'state': state})
    with_env(write)


def _remove(job_id, uuid):
    def remove(env):
        env['ccis.job.progress'].search([('job_uuid', '=', uuid)]).unlink()
        env['queue.job'].browse(job_id).unlink()
    with_env(remove)


def _reads_of_jobs(page, seconds):
    """The RPCs the tab sends to read or search jobs during ``seconds``."""
    seen = []

    def record(request):
        if '/web/dataset/' in request.url and 'queue.job' in (request.post_data or ''):
            seen.append(request.url)
    page.page.on('request', record)
    page.page.wait_for_timeout(seconds * 1000)
    page.page.remove_listener('request', record)
    return seen


def test_job_views_follow_the_job(odoo_server, new_page):
    job_id, uuid = with_env(_enqueue)
    action_id = with_env(lambda env: env.ref('ccis_base.ccis_queue_job_action').id)
    try:
        page = new_page()
        page.login(odoo_server, 'agent')
        # the list of my jobs: the step moves without a reload
        page.page.goto('%s/web#action=%d&model=queue.job&view_type=list' % (
            odoo_server.url, action_id))
        page.page.wait_for_selector('.o_list_view td:has-text("%s")' % STEP_1)
        _progress(uuid, 60, STEP_2)
        page.page.wait_for_selector('.o_list_view td:has-text("%s")' % STEP_2, timeout=15000)
        # its form: the same, then its end
        page.page.click('.o_list_view td:has-text("Suivi du travail (test)")')
        page.page.wait_for_selector('.o_form_view .o_progressbar_value:has-text("60")')
        _progress(uuid, 80, STEP_1)
        page.page.wait_for_selector(MESSAGE % STEP_1, timeout=15000)
        page.page.wait_for_selector('.o_form_view .o_progressbar_value:has-text("80")')
        _progress(uuid, 100, '', state='done')
        page.page.wait_for_selector(MESSAGE % 'Terminé', timeout=15000)
        page.wait_idle()
        # nothing running any more: no more requests
        assert _reads_of_jobs(page, 8) == []
        assert not page.problems, page.problems
    finally:
        _remove(job_id, uuid)
