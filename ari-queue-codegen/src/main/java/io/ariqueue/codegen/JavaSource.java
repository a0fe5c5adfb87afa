package io.ariqueue.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One Java compilation unit being written: its imports, sorted into Spring's groups, and its body,
 * with Javadoc and long declarations wrapped at 120 columns (a tab counts as four).
 *
 * @author ari-queue team
 */
final class JavaSource {

	static final String PROJECT_PACKAGE = "io.ariqueue.";

	private static final int WIDTH = 120;

	private final String packageName;

	private final TreeSet<String> imports = new TreeSet<>();

	private final StringBuilder body = new StringBuilder();

	JavaSource(String packageName) {
		this.packageName = packageName;
	}

	JavaSource importType(String qualifiedName) {
		String owner = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
		if (!owner.equals(this.packageName) && !owner.equals("java.lang")) {
			this.imports.add(qualifiedName);
		}
		return this;
	}

	JavaSource line(int indent, String text) {
		this.body.append("\t".repeat(indent)).append(text).append('\n');
		return this;
	}

	JavaSource blank() {
		this.body.append('\n');
		return this;
	}

	/**
	 * A declaration or statement, broken after commas into continuation lines two tabs deeper
	 * when it does not fit.
	 */
	JavaSource wrapped(int indent, String text) {
		String prefix = "\t".repeat(indent);
		String continuation = "\t".repeat(indent + 2);
		String rest = text;
		String currentPrefix = prefix;
		while (width(currentPrefix) + rest.length() > WIDTH) {
			int limit = WIDTH - width(currentPrefix);
			int split = lastBreak(rest, limit - 1);
			if (split <= 0) {
				break;
			}
			this.body.append(currentPrefix).append(rest, 0, split + 1).append('\n');
			rest = rest.substring(split + 2);
			currentPrefix = continuation;
		}
		this.body.append(currentPrefix).append(rest).append('\n');
		return this;
	}

	/**
	 * A Javadoc comment: the summary paragraph, then the tags, each wrapped.
	 */
	JavaSource javadoc(int indent, String summary, List<String> tags) {
		String prefix = "\t".repeat(indent);
		this.body.append(prefix).append("/**\n");
		for (String paragraph : summary.split("\n")) {
			if (paragraph.equals("<p>")) {
				this.body.append(prefix).append(" * <p>\n");
				continue;
			}
			for (String wrappedLine : wrapWords(paragraph, WIDTH - width(prefix) - 3)) {
				this.body.append(prefix).append(" * ").append(wrappedLine).append('\n');
			}
		}
		if (indent == 0 && !tags.isEmpty()) {
			this.body.append(prefix).append(" *\n");
		}
		for (String tag : tags) {
			for (String wrappedLine : wrapWords(tag, WIDTH - width(prefix) - 3)) {
				this.body.append(prefix).append(" * ").append(wrappedLine).append('\n');
			}
		}
		this.body.append(prefix).append(" */\n");
		return this;
	}

	JavaSource javadoc(int indent, String summary) {
		return javadoc(indent, summary, List.of());
	}

	String render() {
		StringBuilder out = new StringBuilder();
		out.append("package ").append(this.packageName).append(";\n\n");
		List<List<String>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>());
		for (String name : this.imports) {
			if (name.startsWith("java.")) {
				groups.get(0).add(name);
			}
			else if (name.startsWith("javax.")) {
				groups.get(1).add(name);
			}
			else if (name.startsWith(PROJECT_PACKAGE)) {
				groups.get(3).add(name);
			}
			else {
				groups.get(2).add(name);
			}
		}
		for (List<String> group : groups) {
			if (!group.isEmpty()) {
				for (String name : group) {
					out.append("import ").append(name).append(";\n");
				}
				out.append('\n');
			}
		}
		out.append(this.body);
		return out.toString();
	}

	// the last ", " before the limit that is outside string literals and type arguments
	private static int lastBreak(String text, int limit) {
		int depth = 0;
		boolean quoted = false;
		int found = -1;
		for (int i = 0; i < text.length() - 1 && i < limit; i++) {
			char c = text.charAt(i);
			if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
				quoted = !quoted;
			}
			else if (!quoted && c == '<') {
				depth++;
			}
			else if (!quoted && c == '>') {
				depth--;
			}
			else if (!quoted && depth == 0 && c == ',' && text.charAt(i + 1) == ' ') {
				found = i;
			}
		}
		return found;
	}

	private static int width(String prefix) {
		int width = 0;
		for (int i = 0; i < prefix.length(); i++) {
			width += (prefix.charAt(i) == '\t') ? 4 : 1;
		}
		return width;
	}

	// words, keeping inline tags such as {@code a b} whole
	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' && depth == 0) {
				if (current.length() > 0) {
					words.add(current.toString());
					current.setLength(0);
				}
				continue;
			}
			if (c == '{') {
				depth++;
			}
			else if (c == '}' && depth > 0) {
				depth--;
			}
			current.append(c);
		}
		if (current.length() > 0) {
			words.add(current.toString());
		}
		return words;
	}

	private static List<String> wrapWords(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : words(text)) {
			if (current.length() > 0 && current.length() + 1 + word.length() > width) {
				lines.add(current.toString());
				current.setLength(0);
			}
			if (current.length() > 0) {
				current.append(' ');
			}
			current.append(word);
		}
		if (current.length() > 0) {
			lines.add(current.toString());
		}
		return lines;
	}

}
