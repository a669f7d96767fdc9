"""Budget-system exports as health and social-security units send them: a 指标方向 column that
states 反向 is the value's bound, a relief or reimbursement ratio is 正向 though its name says
费用, and the money unit given as a pair (金额单位 │ 万元). Invented returns built inline."""

from __future__ import annotations

from pathlib import Path

from goalbook.check import CheckOptions, check_file
from goalbook.findings import Severity
from tests.test_values_read import Row, found, write

HEAD = ["一级指标", "二级指标", "三级指标", "指标方向", "指标值", "度量单位"]


def _export(*rows: Row, money: list[Row] | None = None) -> list[Row]:
    table: list[Row] = [
        ["产出指标", "数量指标", "参保群众人数", "正向", "21.6", "万人"],
        ["产出指标", "时效指标", "异地就医备案办理时限", "反向", "3", "个工作日"],
        ["成本指标", "经济成本指标", "信息系统运维费用", "反向", "85", "万元"],
        *rows,
        ["满意度指标", "服务对象满意度指标", "参保群众满意度", "正向", "90", "%"],
    ]
    head = money or [["年度资金总额", 1326.5, "其中：财政拨款", 1326.5]]
    return [["2027年度项目支出绩效目标表"], ["项目名称", "医保经办服务"], *head, HEAD, *table]


def test_a_direction_column_stating_less_is_better_is_the_bound(tmp_path: Path) -> None:
    """反向 │ 3 │ 个工作日: the export means at most 3 (no T117: the cap is stated), and the
    note that an operator could be written says ≤."""
    result, _ = check_file(write(tmp_path / "r.xlsx", *_export()), CheckOptions())
    assert not [f for f in result.findings if f.code == "T117"]
    t103 = [f for f in result.findings if f.code == "T103" and f.at and f.at.a1 == "E7"]
    assert t103 and t103[0].severity is Severity.INFO and "≤" in (t103[0].hint or "")


def test_without_a_direction_column_a_bare_cap_still_warns(tmp_path: Path) -> None:
    rows: list[Row] = [
        ["2027年度项目支出绩效目标表"],
        ["项目名称", "医保经办服务"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "时效指标", "零星报销费用结算时限", "30个工作日"],
    ]
    assert ("T117", "D4") in found(tmp_path, *rows)


def test_a_relief_ratio_is_more_is_better(tmp_path: Path) -> None:
    ratio: Row = ["效益指标", "社会效益指标", "政策范围内住院费用救助比例", "", "≥70%", ""]
    assert not {c for c in found(tmp_path, *_export(ratio)) if c[0] == "T108"}
    cap: Row = ["效益指标", "社会效益指标", "次均住院费用", "", "≥8000", "元"]
    assert ("T108", "E8") in found(tmp_path, *_export(cap))


def test_the_money_unit_given_as_a_pair(tmp_path: Path) -> None:
    """金额单位 │ 万元 in the head grid: a standard of 300元 × 650 people (19.5万元) is well
    inside a budget of 260 (万元)."""
    money = [["金额单位", "万元"], ["年度资金总额", 260, "其中：财政拨款", 260]]
    people: Row = ["产出指标", "数量指标", "享受护理保险待遇人数", "正向", "650", "人"]
    cost: Row = ["成本指标", "经济成本指标", "评估单人次费用", "反向", "300", "元/人次"]
    result, table = check_file(
        write(tmp_path / "r.xlsx", *_export(people, cost, money=money)), CheckOptions()
    )
    assert table is not None and table.money_unit == "万元"
    assert "B107" not in {f.code for f in result.findings}


def test_with_an_operator_column_left_empty_a_cap_still_warns(tmp_path: Path) -> None:
    """A form that has a 比较符 column asks for the operator there: left empty on a 反向 row,
    the value would read as = (T117), whatever the direction column says."""
    rows: list[Row] = [
        ["2027年度项目支出绩效目标表"],
        ["项目名称", "医保经办服务"],
        ["一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "度量单位"],
        ["产出指标", "数量指标", "参保群众人数", "正向", "≥", "21.6", "万人"],
        ["产出指标", "时效指标", "备案办理时限", "反向", None, "3", "个工作日"],
    ]
    assert ("T117", "F5") in found(tmp_path, *rows)


def test_a_value_type_column_is_no_operator_column(tmp_path: Path) -> None:
    """指标性质 │ 定量 beside 指标方向 │ 反向: the export still has no operator column."""
    rows: list[Row] = [
        ["2027年度项目支出绩效目标表"],
        ["项目名称", "医保经办服务"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "度量单位"],
        ["产出指标", "数量指标", "参保群众人数", "定量", "正向", "21.6", "万人"],
        ["产出指标", "时效指标", "备案办理时限", "定量", "反向", "3", "个工作日"],
    ]
    assert not {c for c in found(tmp_path, *rows) if c[0] == "T117"}


def test_a_harm_said_to_rise_in_words_is_a_direction_conflict(tmp_path: Path) -> None:
    def at(value: str, name: str = "特种设备事故发生率") -> set[str]:
        rows: list[Row] = [
            ["2027年度项目支出绩效目标表"],
            ["项目名称", "特种设备安全监察"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["效益指标", "社会效益指标", name, value],
        ]
        return {code for code, cell in found(tmp_path, *rows) if cell == "D4"}

    assert "T108" in at("较上年提高") and "T108" in at("同比增加")
    assert "T108" not in at("较上年下降") and "T108" not in at("较上年提高", "隐患整改率")


def test_an_immunisation_density_is_a_rate(tmp_path: Path) -> None:
    """免疫密度 (the share of animals due that are immunised) is a percentage: a head count
    there is a rate given as a count."""
    rows: list[Row] = [
        ["2027年度项目支出绩效目标表"],
        ["项目名称", "重大动物疫病强制免疫"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "质量指标", "应免畜禽免疫密度", "≥18.6万头"],
        ["产出指标", "质量指标", "应免畜禽免疫密度（春防）", "≥90%"],
    ]
    codes = found(tmp_path, *rows)
    assert ("T105", "D4") in codes and ("T105", "D5") not in codes


def _money_sheet(path: Path, second: object, total: object) -> Path:
    """An export's money sheet (项目名称 │ 支出内容 │ 金额 │ 备注, the project merged down its
    lines) beside its goals sheet."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "项目支出预算"
    for row in [
        ["部门项目支出预算"],
        ["单位名称：某县农业农村局", None, "金额单位：万元"],
        ["项目名称", "支出内容", "金额", "备注"],
        ["产业路建设", "产业路硬化", 840, "14公里"],
        [None, "机耕桥建设", second, "6座"],
        [None, "合计", total],
    ]:
        ws.append(row)
    ws.merge_cells("A4:A6")
    goals = wb.create_sheet("绩效目标")
    for row in [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["产业路建设", "新建产业路14公里。", "产出指标", "数量指标", "新建产业路里程", "≥14公里"],
        [None, None, "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
    ]:
        goals.append(row)
    wb.save(path)
    return path


def test_lines_grouped_under_a_project_column_are_read(tmp_path: Path) -> None:
    result, table = check_file(_money_sheet(tmp_path / "a.xlsx", 245, 1085), CheckOptions())
    assert table is not None and [ln.name.text for ln in table.lines if ln.name] == [
        "产业路硬化",
        "机耕桥建设",
    ]
    assert not [f for f in result.findings if f.code.startswith("B")]
    result, _ = check_file(
        _money_sheet(tmp_path / "b.xlsx", "245万245万", "1085.0 0"), CheckOptions()
    )
    assert {("X106", "C5"), ("X105", "C6")} <= {(f.code, f.at.a1) for f in result.findings if f.at}


def test_a_special_funds_sub_project_block_adds_up(tmp_path: Path) -> None:
    """子项目名称 │ 建设地点 │ 建设规模（亩）│ 资金（万元）, then 合计: the sub-projects are the
    fund's lines; a 合计 they do not reach is B102."""

    def block(last: int) -> list[Row]:
        return [
            ["2026年度高标准农田建设专项资金绩效目标表"],
            ["专项资金名称", "高标准农田建设"],
            ["资金情况（万元）", "资金总额", 5000],
            ["子项目情况", "子项目名称", "建设地点", "建设规模（亩）", "资金（万元）"],
            [None, "东片农田建设", "东镇", 9000, 2600],
            [None, "西片农田建设", "西乡", 8000, last],
            [None, "合计", None, 17000, 5000],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "新建高标准农田面积", "≥1.7万亩"],
        ]

    assert ("B102", "E7") not in found(tmp_path, *block(2400))
    assert ("B102", "E7") in found(tmp_path, *block(2300))


def test_a_standard_per_mu_times_the_area_against_the_fund(tmp_path: Path) -> None:
    """补贴标准 ≥160元/亩 × 52.6万亩 = 8416万元 > 6312万元: said as a warning (the largest area
    counted may be more than is paid for); 亩均增收 per 亩 is a gain, no cost."""

    def at(standard: str) -> set[tuple[str, str | None]]:
        rows: list[Row] = [
            ["2026年度耕地地力保护补贴绩效目标表"],
            ["项目名称", "耕地地力保护补贴"],
            ["年度资金总额（万元）", 6312, "其中：中央补助", 6312],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "补贴面积", "≥52.6万亩"],
            ["产出指标", "成本指标", "补贴标准", standard],
            ["效益指标", "经济效益指标", "亩均增加种粮收益", "≥200元/亩"],
        ]
        return found(tmp_path, *rows)

    assert ("B107", "D6") in at("≥160元/亩") and ("B107", "D7") not in at("≥160元/亩")
    assert ("B107", "D6") not in at("≥120元/亩")
    result, _ = check_file(write(tmp_path / "w.xlsx", *[
        ["2026年度耕地地力保护补贴绩效目标表"], ["年度资金总额（万元）", 6312],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "补贴面积", "≥52.6万亩"],
        ["产出指标", "成本指标", "补贴标准", "≥160元/亩"],
    ]), CheckOptions())  # fmt: skip
    assert {f.severity for f in result.findings if f.code == "B107"} == {Severity.WARNING}


def test_a_review_remark_in_a_name_and_an_allowance_level(tmp_path: Path) -> None:
    """【审核意见：…】 written into a name cell is no signature line (the rows below it are still
    read); 月人均补助水平 ≥520元/人·月 under a cost tier-2 is a level paid (no T108); a PUE
    needs no unit."""
    rows: list[Row] = [
        ["2025年度项目支出绩效目标表"],
        ["项目名称", "城乡低保"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["成本指标", "经济成本指标", "城市低保月人均补助水平", "≥520元/人·月"],
        ["产出指标", "数量指标", "城市低保保障人数", "≥2400人"],
        ["效益指标", "社会效益指标", "低保投诉率【审核意见：反向指标，请改用≤】", "≥2%"],
        ["效益指标", "可持续影响指标", "机房电能利用效率（PUE）", "≤1.4"],
        ["满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%"],
    ]
    codes = found(tmp_path, *rows)
    assert ("T108", "D6") in codes and ("T108", "D4") not in codes
    assert ("T104", "D7") not in codes and "F106" not in {c for c, _ in codes}


def test_a_monthly_standard_times_its_people_and_a_unit_price_times_its_count(
    tmp_path: Path,
) -> None:
    """护理补贴标准 100元/人·月 × 3900 发放人数 × 12 = 468万 > 420万; 云资源单价 1800元/核·年 ×
    1000核 = 180万 > 150万: each a warning at the standard. Another population's count (城市 vs
    农村) is not paired with a standard that names its own."""

    def table(money: int, *rows: Row) -> set[tuple[str, str | None]]:
        head: list[Row] = [
            ["2025年度项目支出绩效目标表"],
            ["年度资金总额（万元）", money, "其中：财政拨款", money],
            ["一级指标", "二级指标", "三级指标", "指标值"],
        ]
        return found(tmp_path, *head, *rows)

    care: list[Row] = [
        ["产出指标", "数量指标", "重度残疾人护理补贴发放人数", "≥3900人"],
        ["成本指标", "经济成本指标", "重度残疾人护理补贴标准", "100元/人·月"],
    ]
    assert ("B107", "D5") in table(420, *care) and ("B107", "D5") not in table(480, *care)
    cloud: list[Row] = [
        ["产出指标", "数量指标", "新增云计算资源", "≥1000核"],
        ["成本指标", "经济成本指标", "云资源租赁单价", "≤1800元/核·年"],
    ]
    assert ("B107", "D5") in table(150, *cloud)
    award: list[Row] = [
        ["产出指标", "数量指标", "奖励专精特新企业数", "≥40家"],
        ["成本指标", "经济成本指标", "每家企业奖励标准", "50万元/家"],
    ]
    assert ("B107", "D5") in table(1200, *award) and ("B107", "D5") not in table(2000, *award)
    earth: list[Row] = [
        ["产出指标", "数量指标", "完成土方开挖", "≥8万立方米"],
        ["成本指标", "经济成本指标", "土方工程单价", "≤45元/立方米"],
    ]
    assert ("B107", "D5") in table(300, *earth) and ("B107", "D5") not in table(400, *earth)
    two: list[Row] = [
        ["产出指标", "数量指标", "农村低保保障人数", "≥6800人"],
        ["成本指标", "经济成本指标", "城市低保月人均补助水平", "≥520元/人·月"],
    ]
    assert ("B107", "D5") not in table(300, *two)


def test_a_share_given_as_a_count_is_a_rate_as_count(tmp_path: Path) -> None:
    rows: list[Row] = [
        ["2025年度项目支出绩效目标表"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "质量指标", "护理型床位占比", "≥165张"],
    ]
    assert ("T105", "D3") in found(tmp_path, *rows)


def test_research_spending_growth_is_more_is_better(tmp_path: Path) -> None:
    rows: list[Row] = [
        ["2025年度项目支出绩效目标表"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["效益指标", "经济效益指标", "受补助企业研发费用增长率", "≥15%"],
        ["效益指标", "经济效益指标", "次均住院费用增幅", "≥5%"],
    ]
    codes = found(tmp_path, *rows)
    assert ("T108", "D3") not in codes and ("T108", "D4") in codes


def test_a_carry_over_beside_the_parts_is_one_of_them(tmp_path: Path) -> None:
    """年度资金总额 342 │ 其中：当年财政拨款 300, 上年结转 30 │ 其他资金 12: the carry-over is a
    part of the grid, so the parts add up; with 上年结转 20 they miss the whole by 10 (B101)."""

    def b101(carried: int) -> set[Severity]:
        rows: list[Row] = [
            ["2025年度项目支出绩效目标表"],
            ["项目资金（万元）", "年度资金总额", 342, "其中：当年财政拨款", 300],
            [None, "上年结转", carried, "其他资金", 12],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "防护工程里程", "≥180公里"],
        ]
        result, _ = check_file(write(tmp_path / f"c{carried}.xlsx", *rows), CheckOptions())
        return {f.severity for f in result.findings if f.code == "B101"}

    assert b101(30) == set()
    assert b101(20) == {Severity.ERROR}
