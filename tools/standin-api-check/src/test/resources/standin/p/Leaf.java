package p;

/** Clean: inherited toString/equals and an overriding compareTo are not additions. */
public class Leaf extends Base<Integer> {

    public Leaf() {
        super(0);
    }

    @Override
    public Integer value() {
        return 1;
    }

    @Override
    public int compareTo(final Base<Integer> o) {
        return 0;
    }

    @Override
    public String toString() {
        return "leaf";
    }

    @Override
    public boolean equals(final Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return 1;
    }
}
