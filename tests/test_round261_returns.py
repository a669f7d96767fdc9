"""Session 73, round 261 (holdout818–820) and after: each test fails without its change."""

from __future__ import annotations

from pathlib import Path

from tests.returns import coded, found_at, official_table, period_table, save_sheet, table_found


def test_a_rate_of_people_leaving_their_work(tmp_path: Path) -> None:
    """安置后半年离职率 ≥10%: those who leave the work they were placed in, a 反向 rate with ≥
    (T108 missed on holdout820 kex12); ≤10% is right."""

    def found(op: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "定向培训人数", "≥", 800, "人"],
            [None, "质量指标", "安置后半年离职率", op, "10%", None],
        ]
        path = tmp_path / f"{ord(op)}.xlsx"
        return coded(table_found(path, rows, "定向就业安置培训", "培训退役军人800人。"), "T108")

    assert found("≥") == [("warning", "E8")]
    assert found("≤") == []


def test_trips_of_a_service_under_quality(tmp_path: Path) -> None:
    """下乡服务车次 ≥200车次 under 质量指标: the trips the work makes, an output (F201 missed on
    holdout818 kev09); 道路通行车次 under 社会效益 is the traffic, an effect."""
    rows = [
        ["产出指标", "数量指标", "服务行政村数", "≥", 45, "个"],
        [None, "质量指标", "下乡服务车次", "≥", 200, "车次"],
        ["效益指标", "社会效益指标", "道路通行车次", "≥", 5000, "车次"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "流动图书车下乡", "服务行政村45个。")
    assert coded(found, "F201") == [("warning", "C8")]


def test_a_count_in_ten_thousands_after_the_name(tmp_path: Path) -> None:
    """全年新增馆藏图书2万册 against 新增馆藏图书 ≥18000册: the count after the name in ten
    thousands of the target's unit (D104 missed on holdout818 kev06); 1.8万册 agrees."""

    def found(count: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "新增馆藏图书", "≥", 18000, "册"],
            [None, None, "读者办证人数", "≥", 3000, "人"],
        ]
        goal = f"全年新增馆藏图书{count}册，办理读者证3000张。"
        return coded(table_found(tmp_path / f"{count}.xlsx", rows, "馆藏建设", goal), "D104")

    assert found("2万") == [("warning", "E7")]
    assert found("1.8万") == []


def test_one_name_with_a_word_inside_under_two_tier2s(tmp_path: Path) -> None:
    """站点出水水质达标率 ≥90% under 质量 and 站点出水达标率 ≥95% under 生态效益; 参与儿童人次
    under 数量 and 参与活动儿童人次 under 社会效益: one indicator filed twice (D103 missed on
    holdout819 kew06 and holdout818 kev14); a word that names a group (女) or a satisfaction are
    two indicators."""
    rows = [
        ["产出指标", "数量指标", "参与儿童人次", "≥", 3000, "人次"],
        [None, "质量指标", "站点出水水质达标率", "≥", "90%", None],
        [None, None, "培训学员满意度", "≥", "90%", None],
        ["效益指标", "社会效益指标", "参与活动儿童人次", "≥", 3500, "人次"],
        [None, "生态效益指标", "站点出水达标率", "≥", "95%", None],
        [None, None, "参与女儿童人次", "≥", 1500, "人次"],
        ["满意度指标", "服务对象满意度指标", "培训学员参训满意度", "≥", "92%", None],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "污水站与阅读", "举办活动，参与儿童3000人次。")
    assert coded(found, "D103") == [("warning", "C10"), ("warning", "C11")]


def test_words_of_a_part_in_brackets_are_the_parts(tmp_path: Path) -> None:
    """在12座瞭望塔加装…摄像机（其中新建塔4座、改造塔8座） against 新建瞭望塔加装数 ≥4座: 新建 is
    said of the part in brackets only, so 12座 is no count of the name (a false D104 on
    holdout821 key13); 在12座新建瞭望塔加装… is."""

    def found(goal: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "瞭望塔热成像摄像机加装数", "≥", 12, "座"],
            [None, None, "新建瞭望塔加装数", "≥", 4, "座"],
        ]
        path = tmp_path / f"{len(goal)}.xlsx"
        return coded(table_found(path, rows, "瞭望塔摄像机加装", goal, 220), "D104")

    assert found("在12座瞭望塔加装高清热成像摄像机（其中新建塔4座、改造塔8座）。") == []
    assert found("在12座新建瞭望塔加装高清热成像摄像机。") == [("warning", "E8")]


def test_a_count_in_visits_is_no_count_in_households(tmp_path: Path) -> None:
    """开展明码标价检查1200户次 against 明码标价检查户数 ≥1000户: 1200户次 counts visits, not
    households (a false D104 on holdout823 kfa10); 1200户 does not agree."""

    def found(unit: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "明码标价检查户数", "≥", 1000, "户"],
            [None, None, "节假日价格巡查次数", "≥", 12, "次"],
        ]
        goal = f"开展民生商品明码标价检查1200{unit}，节假日价格巡查不少于12次。"
        return coded(table_found(tmp_path / f"{len(unit)}.xlsx", rows, "价格检查", goal), "D104")

    assert found("户次") == []
    assert found("户") == [("warning", "E7")]


def test_the_periods_count_in_a_note_under_the_table(tmp_path: Path) -> None:
    """说明：快检室建设24个×12万元… under a 2026—2028 table whose 快检室建设数量 is ≥24个 over the
    period and ≥8个 this year: the note gives the period's count, no contradiction of the year's
    (a false D104 on holdout823 kfa03); 30个 is the period's by no column."""

    def found(count: int) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "快检室建设数量", "≥24个", "≥8个"],
            [None, "质量指标", "快检结果公示率", "≥98%", "≥98%"],
        ]
        goals = ("三年建成快检室24个。", "2026年建成快检室8个。")
        note = [f"说明：快检室建设{count}个×12万元=288万元，其余用于快检试剂及人员培训。"]
        path = tmp_path / f"{count}.xlsx"
        table = period_table(path, rows, goals, years=3, name="快检能力提升", money=(360, 120),
                             below=[note])  # fmt: skip
        return coded(found_at(table), "D104")

    assert found(24) == []
    assert found(30) == [("warning", "E8")]


def test_a_count_of_things_fitted_said_in_sets(tmp_path: Path) -> None:
    """远程会诊终端配置数量 ≥12套 beside 远程会诊终端配置套数 ≥10套: one count twice, the act of
    fitting dropped before 套数 as before 数量 (D103 missed on holdout822 kez10)."""
    rows = [
        ["产出指标", "数量指标", "远程会诊终端配置数量", "≥", 12, "套"],
        [None, None, "乡镇医生培训人数", "≥", 60, "人"],
        [None, None, "远程会诊终端配置套数", "≥", 10, "套"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "远程会诊", "配置终端，培训医生60人。", 260)
    assert coded(found, "D103") == [("warning", "C9")]


def test_films_graded_a_under_timeliness(tmp_path: Path) -> None:
    """CT影像甲级片率 ≥90% under 时效指标: the films' quality (F201 missed on holdout822 kez04)."""
    rows = [
        ["产出指标", "数量指标", "影像存储扩容容量", "≥", 200, "TB"],
        [None, "时效指标", "扩容完成时间", None, "6月30日前", None],
        [None, None, "CT影像甲级片率", "≥", "90%", None],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "影像存储扩容", "扩容200TB。", 120)
    assert coded(found, "F201") == [("warning", "C9")]


def test_a_standard_per_visit(tmp_path: Path) -> None:
    """单户次检查成本 ≤600元/户次 × 涉企收费检查户次 ≥1000户次 = 60万元, above the project's 45
    万元 (B107 missed on holdout823 kfa12); 400元/户次 fits."""

    def found(cost: int) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "涉企收费检查户次", "≥", 1000, "户次"],
            ["成本指标", "经济成本指标", "单户次检查成本", "≤", cost, "元/户次"],
        ]
        path = tmp_path / f"{cost}.xlsx"
        return coded(table_found(path, rows, "涉企收费检查", "检查1000户次。", 45), "B107")

    assert found(600) == [("warning", "E8")]
    assert found(400) == []


def test_the_years_column_named_in_brackets_under_the_value_head(tmp_path: Path) -> None:
    """绩效指标 │ │ │ 目标值 over 一级指标 │ 二级指标 │ 三级指标 │ （年度）: the year's values, the
    word in its brackets (a false S013 on holdout825 kfc12, every row unread)."""
    above = [
        ["项目资金（万元）", "年度资金总额", 150],
        ["年度绩效目标", "建设补播改良示范区1.5万亩。"],
        ["绩效指标", None, None, "目标值"],
    ]
    head = ["一级指标", "二级指标", "三级指标", "（年度）"]
    rows = [
        ["产出指标", "数量指标", "补播示范区面积", "≥1.5万亩"],
        [None, "质量指标", "示范区补播出苗率", "≥105%"],
    ]
    table = official_table("补播改良示范", rows, above=above, head=head)
    found = found_at(save_sheet(tmp_path / "a.xlsx", table))
    assert coded(found, "S013") == []
    assert coded(found, "T106") == [("error", "D8")]


def test_a_count_for_each_one_named_so(tmp_path: Path) -> None:
    """每校开展消防疏散演练不少于4次 against 每校消防疏散演练次数 ≥2次: the name counts for each
    school as the text does (D104 missed on holdout824 kfb14); 每校每学期…1次 is each term's."""

    def found(goal: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "每校消防疏散演练次数", "≥", 2, "次"],
            [None, None, "消防安全管理人培训人数", "≥", 52, "人"],
        ]
        path = tmp_path / f"{len(goal)}.xlsx"
        return coded(table_found(path, rows, "校园消防安全", goal, 60), "D104")

    assert found("组织全区26所学校每校开展消防疏散演练不少于4次。") == [("warning", "E7")]
    assert found("组织全区26所学校每校开展消防疏散演练不少于2次。") == []
    assert found("每校每学期开展消防疏散演练1次，培训管理人52名。") == []


def test_households_given_an_award_counted_before_them(tmp_path: Path) -> None:
    """向3200户牧户兑付草畜平衡奖励 against 获得奖励牧户数 ≥2300户: 获得 is the award said as
    its paying, 牧户 the thing counted before (D104 missed on holdout825 kfc14)."""

    def found(count: int) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "获得奖励牧户数", "≥", 2300, "户"],
            ["成本指标", "经济成本指标", "户均草畜平衡奖励", "≤", 1500, "元/户"],
        ]
        goal = f"向{count}户牧户兑付草畜平衡奖励。"
        return coded(table_found(tmp_path / f"{count}.xlsx", rows, "奖励兑付", goal, 520), "D104")

    assert found(3200) == [("warning", "E7")]
    assert found(2300) == []


def test_a_name_said_inside_another_indicators_name(tmp_path: Path) -> None:
    """改造柘原县城区公厕30座，…改造公厕保洁达标率达到95% against 改造公厕数量 ≥28座: the words
    改造公厕 in the text are 改造公厕保洁达标率's, so the count is read where the name's words
    stand apart (D104 missed on holdout829 kfg02); 28座 agrees."""

    def found(count: int) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "改造公厕数量", "≥", 28, "座"],
            [None, None, "第三卫生间配建数量", "≥", 8, "个"],
            ["效益指标", "社会效益指标", "改造公厕保洁达标率", "≥", "95%", None],
        ]
        goal = f"2026年改造柘原县城区公厕{count}座，改造公厕保洁达标率达到95%以上。"
        return coded(table_found(tmp_path / f"{count}.xlsx", rows, "公厕改造", goal, 400), "D104")

    assert found(30) == [("warning", "E7")]
    assert found(28) == []


def test_counts_of_checks_and_things_fitted_by_their_tier2(tmp_path: Path) -> None:
    """服务质量月度考核次数 ≥12次 under 时效: checks made, a count, no quality (a false F201 on
    holdout829 kfg13), while 服务质量达标率 there is one; 配套破碎分选设备数量 ≥3台 under 质量:
    things fitted, an output (F201 missed on holdout829 kfg10)."""
    rows = [
        ["产出指标", "数量指标", "处置站建设数量", "≥", 3, "座"],
        [None, "质量指标", "配套破碎分选设备数量", "≥", 3, "台"],
        [None, "时效指标", "服务质量月度考核次数", "≥", 12, "次"],
        [None, None, "服务质量达标率", "≥", "95%", None],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "处置站建设", "建成处置站3座。", 540)
    assert coded(found, "F201") == [("warning", "C8"), ("warning", "C10")]


def test_a_name_with_service_after_it(tmp_path: Path) -> None:
    """社区矫正对象教育帮扶人次 ≥1500人次 beside 社区矫正对象教育帮扶服务人次 ≥1200人次: one count,
    服务 said after it (D103 missed on holdout827 kfe10)."""
    rows = [
        ["产出指标", "数量指标", "社区矫正对象教育帮扶人次", "≥", 1500, "人次"],
        [None, None, "社区矫正对象走访核查人次", "≥", 1200, "人次"],
        [None, None, "社区矫正对象教育帮扶服务人次", "≥", 1200, "人次"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "社区矫正", "教育帮扶1500人次。", 40)
    assert coded(found, "D103") == [("warning", "C9")]


def test_calls_lost_a_stages_shows_and_things_shown(tmp_path: Path) -> None:
    """来电呼损率 ≥5%: calls lost, a 反向 rate with ≥ (T108 missed on holdout831 kfi08);
    古戏台年演出场次 ≥24场 under 社会效益: the repaired stage's use, an effect (a false F201 on
    holdout832 kfj04); 展出出土瓷器数量 ≥120件 under 质量: things shown, an output (F201 missed
    on holdout832 kfj17)."""
    rows = [
        ["产出指标", "数量指标", "修缮古戏台数量", "≥", 1, "座"],
        [None, "质量指标", "展出出土瓷器数量", "≥", 120, "件"],
        [None, None, "来电呼损率", "≥", "5%", None],
        ["效益指标", "社会效益指标", "古戏台年演出场次", "≥", 24, "场"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "古戏台修缮", "修缮古戏台1座。", 95)
    assert coded(found, "T108") == [("warning", "E9")]
    assert coded(found, "F201") == [("warning", "C8")]


def test_people_in_ten_thousands_after_the_name(tmp_path: Path) -> None:
    """覆盖学生1.2万人次 against 覆盖学生人次 ≥9000人次 (D104 missed on holdout833 kfk14);
    0.9万人次 agrees."""

    def found(count: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "交通安全讲座场次", "≥", 200, "场"],
            [None, None, "覆盖学生人次", "≥", 9000, "人次"],
        ]
        goal = f"全年在村小开展交通安全讲座200场，覆盖学生{count}人次。"
        return coded(table_found(tmp_path / f"{count}.xlsx", rows, "交通安全讲座", goal), "D104")

    assert found("1.2万") == [("warning", "E8")]
    assert found("0.9万") == []


def test_the_parts_in_brackets_of_the_tables_one_count(tmp_path: Path) -> None:
    """放流…苗种共300万尾（双溪河180万尾、洄龙江120万尾） against 放流苗种数量 ≥350万尾, the table's
    one count in 万尾: the counts in brackets are parts of the 300 (D104 missed on holdout835
    kfm08); a row that counts one part (鲢鱼放流数量 ≥180万尾) is no contradiction."""

    def found(name: str, count: int) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", name, "≥", count, "万尾"],
            [None, "质量指标", "放流苗种检疫合格率", "≥", "100%", None],
        ]
        goal = "放流鲢、鳙等苗种共300万尾（鲢鱼180万尾、鳙鱼120万尾），6月6日前完成放流。"
        path = tmp_path / f"{count}.xlsx"
        return coded(table_found(path, rows, "增殖放流", goal), "D104")

    assert found("放流苗种数量", 350) == [("warning", "E7")]
    assert found("放流苗种数量", 300) == []
    assert found("鲢鱼放流数量", 180) == []


def test_posts_created_said_act_first(tmp_path: Path) -> None:
    """开发公益性岗位450个 against 公益性岗位开发数量 ≥400个: the act said first (D104 missed on
    holdout834 kfl14); 400个 agrees."""

    def found(count: int) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "公益性岗位开发数量", "≥", 400, "个"],
            [None, None, "岗前培训人数", "≥", 450, "人"],
        ]
        goal = f"开发公益性岗位{count}个，安置就业困难人员450人。"
        return coded(table_found(tmp_path / f"{count}.xlsx", rows, "公益性岗位", goal), "D104")

    assert found(450) == [("warning", "E7")]
    assert found(400) == []


def test_a_cost_of_each_round_under_quantity(tmp_path: Path) -> None:
    """单点次监测费用 ≤1200元 under 数量: a cost of each round, no output (F201 missed on
    holdout835 kfm18)."""
    rows = [
        ["产出指标", "数量指标", "网箱区监测点位", "≥", 15, "个"],
        [None, None, "单点次监测费用", "≤", 1200, "元"],
        ["成本指标", "经济成本指标", "年度监测总费用", "≤", 25, "万元"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "水质监测", "监测点位15个。", 25)
    assert coded(found, "F201") == [("warning", "C8")]


def test_guards_from_the_all_corpora_run(tmp_path: Path) -> None:
    """What this session's all-corpora run found on older sets: 窗口服务管理制度 │ 健全 and
    窗口服务标准化管理制度 │ 建立并执行 under two tier-2s are two rules as likely as one, no D103
    (a false warning on holdout192 ot18 by the reading across tier-2s)."""
    rows = [
        ["产出指标", "数量指标", "窗口服务事项数", "≥", 120, "项"],
        [None, "质量指标", "窗口服务管理制度", None, "健全", None],
        ["效益指标", "可持续影响指标", "窗口服务标准化管理制度", None, "建立并执行", None],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "政务窗口服务", "办理服务事项120项。")
    assert coded(found, "D103") == []
