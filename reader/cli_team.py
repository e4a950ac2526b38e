"""``kutip team``: set up a team library on a PostgreSQL server and manage its members."""

from __future__ import annotations

import click

from .cli_output import as_dict, echo
from .cli_params import AS_TYPED


def register(cli, friendly, _echo_json) -> None:
    """Add the ``team`` command group to ``cli`` (helpers passed in to avoid an import cycle)."""

    @cli.group("team")
    def team() -> None:
        """A team library on a PostgreSQL server: several people reading and annotating one
        library at once, each with a login and a role.

        \b
        Examples:
            kutip team init postgresql://db.example.org/newsdesk
            kutip team add-user postgresql://db.example.org/newsdesk ana --role coder
            kutip team list-users postgresql://db.example.org/newsdesk
            kutip --db postgresql://ana@db.example.org/newsdesk list
            kutip team push library.sqlite postgresql://budi@db.example.org/newsdesk
            kutip team pull postgresql://ana@db.example.org/newsdesk copy.sqlite
            kutip team keep-trail --watch postgresql://budi@db.example.org/newsdesk
        Roles: reader (reads; not another coder's work on a collection coded blind),
        coder (annotates; changes only their own annotations), editor (also articles,
        metadata, tags, speakers and aliases, collections, anyone's annotations; reads
        blind work; keeps the quote trail up to date), admin (also members). The server
        enforces them, for psql too: a coder may not write the quote trail or aliases.
        Passwords go in ~/.pgpass or the system keyring (kutip team login URL), never in
        the URL.
        """

    @team.command("init")
    @click.argument("url")
    @click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
    @friendly
    def team_init(url, as_json):
        """Create the team library at URL (its database too, if your login may create
        one), or bring its schema up to date. Run it as the database's owner, with the
        right to create roles (e.g. the server's postgres user).

        \b
        Example:
            kutip team init postgresql://postgres@db.example.org/newsdesk
        """
        from .core.library import team as service

        report = service.init(url)
        if as_json:
            _echo_json(as_dict(report))
            return
        made = "created; " if report.created_database else ""
        if report.applied:
            echo(f"{report.library}: {made}schema {report.schema_version}"
                 f" ({len(report.applied)} migration{'s' * (len(report.applied) != 1)}"
                 " applied)")
        else:
            echo(f"{report.library}: already up to date (schema {report.schema_version})")

    @team.command("add-user")
    @click.argument("url")
    @click.argument("login")
    @click.option("--role", type=click.Choice(["reader", "coder", "editor", "admin"]),
                  default="coder", show_default=True, help="What the member may do.")
    @click.option("--password/--no-password", "ask_password", default=True,
                  help="Ask for the new login's password (default), or set none (the server"
                       " authenticates it otherwise, e.g. by certificate).")
    @click.option("--existing", is_flag=True,
                  help="LOGIN is a login the server has already (another team's member):"
                       " make it a member here, its password left as it is.")
    @friendly
    def team_add_user(url, login, role, ask_password, existing):
        """Make LOGIN a member of the team library at URL with a role (changing the role
        of a member). A login the server does not have yet is created; its password is
        asked for (never taken from the command line) and sent hashed.

        \b
        Examples:
            kutip team add-user postgresql://db.example.org/newsdesk ana --role coder
            kutip team add-user postgresql://db.example.org/newsdesk budi --role editor
        The member then puts the password in ~/.pgpass and opens the library with
        kutip --db postgresql://LOGIN@HOST/DATABASE.
        """
        from .core.library import team as service

        password = None
        if ask_password and not existing:
            import getpass
            import warnings

            with warnings.catch_warnings():  # no terminal (a script): read it as typed
                warnings.simplefilter("ignore", getpass.GetPassWarning)
                password = click.prompt(f"Password for {login} (empty: leave it as it is)",
                                        hide_input=True, confirmation_prompt=True,
                                        default="", show_default=False) or None
        created = service.add_user(url, login, role, password, existing=existing)
        echo(f"{login}: {'created, ' if created else ''}{role}")

    @team.command("remove-user")
    @click.argument("url")
    @click.argument("login")
    @friendly
    def team_remove_user(url, login):
        """Take LOGIN's role in the team library at URL (the login and the annotations it
        made stay).

        \b
        Example:
            kutip team remove-user postgresql://db.example.org/newsdesk ana
        """
        from .core.library import team as service

        if service.remove_user(url, login):
            echo(f"{login}: no longer a member")
        else:
            echo(f"{login} was not a member")

    @team.command("login")
    @click.argument("url")
    @click.option("--forget", is_flag=True, help="Remove the password from the keyring.")
    @friendly
    def team_login(url, forget):
        """Keep your password for the team library at URL in the system keyring (macOS
        Keychain, Windows Credential Locker, GNOME/KDE's Secret Service), instead of
        ~/.pgpass. It is asked for (never taken from the command line), checked with the
        server, then kept; Kutip looks there when the server asks for a password libpq
        does not have.

        \b
        Examples:
            kutip team login postgresql://ana@db.example.org/newsdesk
            kutip team login --forget postgresql://ana@db.example.org/newsdesk
        """
        from .core.library import team as service

        if forget:
            if service.forget_password(url):
                echo("The password was removed from the system keyring.")
            else:
                echo("The system keyring had no password for this login.")
            return
        if not service.keyring_name():  # (before asking for a password it cannot keep)
            raise click.ClickException(
                "There is no system keyring here to keep the password in: put it in"
                " ~/.pgpass (HOST:PORT:DATABASE:LOGIN:PASSWORD, mode 600) instead.")
        password = click.prompt("Password", hide_input=True)
        login = service.use_password(url, password, remember=True)
        echo(f"The password of {login.account} is in the system keyring ({login.keyring}).")

    @team.command("list-users")
    @click.argument("url")
    @click.option("--json", "as_json", is_flag=True, help="Print the members as JSON.")
    @friendly
    def team_list_users(url, as_json):
        """The members of the team library at URL: login, role, annotations made.

        \b
        Example:
            kutip team list-users postgresql://db.example.org/newsdesk
        """
        from .core.library import team as service

        members = service.list_users(url)
        if as_json:
            _echo_json([as_dict(m) for m in members])
            return
        if not members:
            echo("no members yet: kutip team add-user URL LOGIN --role coder")
        for m in members:
            login = m.login + ("" if m.can_login else " (cannot log in)")
            echo(f"{login:<24} {m.role:<7} {m.annotations:>6} annotations")

    def _move(source, target, collection, dry_run, as_json):
        """Merge the library ``source`` (or one collection of it) into ``target``, by UUID
        and content hash with the rules and the report of ``kutip merge``."""
        from pathlib import Path

        from .core.library import open_library
        from .core.paths import is_team_url

        def opened(where):
            return open_library(where if is_team_url(where) else Path(where), seed=False)

        with opened(source) as origin:
            bundle = origin.exchange.snapshot(collection=collection)
        with opened(target) as destination:
            report = destination.exchange.merge_bundle(bundle, dry_run=dry_run)
        if as_json:
            _echo_json(report.as_dict())
            return
        from .cli_exchange import print_merge

        print_merge(report)  # (as `kutip merge` says it: review R20-1, not a Python repr)

    @team.command("keep-trail")
    @click.argument("url")
    @click.option("--watch", is_flag=True,
                  help="Keep it up to date as members write, until Ctrl+C.")
    @friendly
    def team_keep_trail(url, watch):
        """Bring the shared quote trail of the team library at URL up to date now (the
        changes coders made since an editor's Kutip last did); with --watch, keep it up to
        date as members write (the server's change notices), one line per catch-up, until
        Ctrl+C. Run it with an editor's or the owner's login: a coder's or reader's Kutip
        only reads the trail, so their quotes reach the Quotes view once this (or an
        editor opening it) takes them in.

        \b
        Examples:
            kutip team keep-trail postgresql://budi@db.example.org/newsdesk
            kutip team keep-trail --watch postgresql://budi@db.example.org/newsdesk
        """
        import time

        from .core.library import open_library
        from .core.library import team as service
        from .core.paths import is_team_url

        if not is_team_url(url):
            raise click.UsageError("URL is a team library's postgresql:// address.")

        def said(report):
            at = time.strftime("%H:%M:%S")
            if report.rebuilt:
                echo(f"{at} trail rebuilt: {report.items} quotations, {report.clusters}"
                     f" statements in two or more versions ({report.seconds:.1f} s)")
            else:
                echo(f"{at} caught up: {report.processed} change"
                     f"{'s' * (report.processed != 1)} taken in ({report.seconds:.1f} s)")

        def failed(error):
            echo(f"{time.strftime('%H:%M:%S')} catch-up failed, tried again at the next"
                 f" change: {error}")

        with open_library(url, seed=False) as library:
            try:
                first = service.keep_trail(library, caught_up=said)
                if not (first.processed or first.rebuilt):
                    echo("The quote trail is up to date.")
                if watch:
                    echo("Keeping the quote trail up to date as members write; Ctrl+C"
                         " stops.")
                    service.keep_trail(library, watch=True, caught_up=said, failed=failed)
            except KeyboardInterrupt:
                echo("Stopped; the quote trail is as the last catch-up left it.")

    @team.command("push")
    @click.argument("local", type=click.Path(exists=True, dir_okay=False))
    @click.argument("url")
    @click.option("--collection", default="", help="Only the articles of this collection.")
    @click.option("--dry-run", is_flag=True, help="Report what would happen; write nothing.")
    @click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
    @friendly
    def team_push(local, url, collection, dry_run, as_json):
        """Copy the library file LOCAL (or one collection of it) into the team library at
        URL: articles matched by content hash, annotations by their UUID, with the rules
        and the report of `kutip merge`; pushing again adds nothing twice. Adding articles
        takes an editor's login.

        \b
        Example:
            kutip team push library.sqlite postgresql://budi@db.example.org/newsdesk
        """
        _move(local, url, collection, dry_run, as_json)

    @team.command("pull")
    @click.argument("url")
    @click.argument("local", type=AS_TYPED)
    @click.option("--collection", default="", help="Only the articles of this collection.")
    @click.option("--dry-run", is_flag=True, help="Report what would happen; write nothing.")
    @click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
    @friendly
    def team_pull(url, local, collection, dry_run, as_json):
        """Copy the team library at URL (or one collection of it) into the library file
        LOCAL (made if new), with the rules and the report of `kutip merge`; pulling again
        adds nothing twice.

        \b
        Example:
            kutip team pull postgresql://ana@db.example.org/newsdesk newsdesk.sqlite
        """
        _move(url, local, collection, dry_run, as_json)
