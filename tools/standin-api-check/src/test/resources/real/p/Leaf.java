package p;

public class Leaf extends Base<Integer> {

    public Leaf() {
        super(0);
    }

    @Override
    public Integer value() {
        return 1;
    }

    @Override
    protected void hook() {
    }

    @Override
    public int compareTo(final Base<Integer> o) {
        return 0;
    }
}
