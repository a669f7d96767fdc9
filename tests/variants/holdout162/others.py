"""A table continued on a 续表 sheet, a department table, stacked projects and an operator
column with footnotes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout162.common import HEAD, YEAR, fw, one_year_money, project, sign_off
from tests.variants.holdout162.registry import variant
from tests.variants.kit import Book, mk, money, ok, pct

HEAD_U = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位")


def continued(b: Book, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> None:
    """The rest of the indicator table on a second sheet headed 续表, header repeated."""
    s = b.sheet("续表", (14, 14, 30, 18, 18, 30))
    s.title("续表", len(header))
    s.row(*header)
    s.table(rows, merged=(1, 2))


@variant(
    "np06-continued-sheet",
    (7,),
    "one-year project, NAT-2021, the indicator table continued "
    "on a second sheet headed 续表 with the header repeated",
)
def np06() -> Book:
    b = Book()
    project(
        b,
        "绩效目标表",
        name="白沙河区河道保洁与水环境维护项目",
        dept="白沙河区水务局",
        unit="白沙河区河道管理所",
        money_rows=one_year_money(210, 180, 30),
        goals=["全年保洁区内河道８６公里，河道水面漂浮物清理及时，断面水质稳定达标。 "],
        rows=[
            ["成本指标", "经济成本指标", "每公里河道年度保洁费用", "≤2.4万元/公里"],
            ["产出指标", "数量指标", "河道保洁长度", "≥86公里"],
            [None, None, "清理水面漂浮物", "≥1,200吨"],
            [None, "质量指标", "河道保洁考核达标率", "≥95%"],
        ],
    )
    continued(
        b,
        HEAD,
        [
            ["产出指标", "时效指标", "漂浮物发现后清理时限", "≤24小时"],
            ["效益指标", "生态效益指标", "考核断面水质达标率", "≥90%"],
            [None, "可持续影响指标", "河长制巡河保洁机制", "长效运行"],
            ["满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%"],
        ],
    )
    return b


@variant(
    "np17-continued-defects",
    (7, 11),
    "one-year project, NAT-2021, value and unit columns, "
    "the table continued on 续表: an indicator repeated there with another value, a unit "
    "conflict",
)
def np17() -> Book:
    b = Book()
    project(
        b,
        "绩效目标表",
        name="临溪县困难群众冬季取暖补助项目",
        dept="临溪县民政局",
        unit="临溪县社会救助服务中心",
        money_rows=one_year_money(72, 72, 0),
        goals=["为全县困难群众发放冬季取暖补助１２００户，每户补助６００元。"],
        header=HEAD_U,
        rows=[
            [
                "成本指标",
                "经济成本指标",
                "户均取暖补助标准",
                ok(fw("≤600"), "warning", note="×1,500 on 续表 passes the money"),
                "元/户",
            ],
            [
                "产出指标",
                "数量指标",
                "取暖补助发放户数",
                ok(fw("≥1,200"), "error", note="the first of the two rows"),
                "户",
            ],
            [
                None,
                None,
                "入户走访核实人次",
                mk(fw("≥1,200人次"), "T112", "error", note="人次 against the unit column 户"),
                "户",
            ],
            [None, "质量指标", "补助对象认定准确率", fw("≥98"), "%"],
        ],
    )
    continued(
        b,
        HEAD_U,
        [
            [
                "产出指标",
                "数量指标",
                mk(
                    "取暖补助发放户数",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="repeated after the sheet break with another value",
                ),
                fw("≥1,500"),
                "户",
            ],
            [None, "时效指标", "补助资金发放时间", "2026年11月底前", None],
            ["效益指标", "社会效益指标", "困难群众冬季基本生活保障", "有效保障", None],
            ["满意度指标", "服务对象满意度指标", "受助群众满意度", fw("≥90"), "%"],
        ],
    )
    return b


@variant(
    "np10-department-pasted",
    (1, 12),
    "department table, NAT-2021, key tasks and budget "
    "with separators, goals with line breaks, full-width values",
)
def np10() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 18, 18, 18))
    department_head(
        s,
        year=YEAR,
        dept="青岚市白沙河区市场监督管理局",
        budget=[[money(1580), money(1380), money(200), money(980), money(600)]],
        tasks=[
            [
                "食品安全抽检",
                "全年完成食品安全监督抽检３６００批次",
                money(350),
                "抽检任务全部完成 ",
            ],
            [
                "特种设备安全监管",
                "开展电梯、锅炉等特种设备监督检查",
                money(250),
                "特种设备事故为零",
            ],
            ["金额合计", None, money(600), None],
        ],
        goal="目标1：完成食品安全监督抽检3,600批次，问题产品核查处置及时。\n"
        "目标2：特种设备定期检验率不低于98%，全年无较大以上特种设备事故。",
    )
    s.row("年度绩效指标", None, None, None, None, None)
    s.row(*HEAD)
    s.table(
        [
            ["成本指标", "经济成本指标", "每批次抽检平均成本", fw("≤950元/批次")],
            ["产出指标", "数量指标", "食品安全监督抽检批次", fw("≥3,600批次")],
            [None, None, "特种设备监督检查台次", fw("≥2,500台次")],
            [None, "质量指标", "特种设备定期检验率", fw("≥98%")],
            [None, "时效指标", "不合格食品核查处置时限", fw("≤30个工作日")],
            ["效益指标", "社会效益指标", "较大以上特种设备事故", fw("=0起")],
            [None, "可持续影响指标", "食品安全风险防控能力", "不断提升"],
            ["满意度指标", "服务对象满意度指标", "市场主体及群众满意度", fw("≥88%")],
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "np11-stacked-short-labels",
    (2, 5),
    "two one-year projects stacked in one sheet, OLD-NAT, "
    "abbreviated tier-2 labels, trailing spaces",
)
def np11() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 14, 30, 18, 18, 18))
    project_head(
        s,
        year=YEAR,
        name="青岚市社区书香驿站建设项目",
        dept="青岚市文化和旅游局",
        unit="青岚市图书馆",
        money=one_year_money(48, 48, 0),
        goals=["建成社区书香驿站８个，全年开展阅读推广活动４８场。 "],
    )
    s.row(*HEAD)
    s.table(
        [
            ["产出指标", "数量", "建成社区书香驿站", "≥8个 "],
            [None, None, "阅读推广活动场次", "≥48场"],
            [None, "质量", "驿站建设验收合格率", "≥98% "],
            [None, "时效", "驿站开放时间", "2026年10月1日前"],
            [None, "成本", "单个驿站建设补助", "≤6万元/个"],
            ["效益指标", "社会效益", "驿站年借阅量", "≥40,000册次"],
            ["满意度指标", "服务对象满意度", "读者满意度", "≥90%"],
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="青岚市公共文化数字化服务项目",
        dept="青岚市文化和旅游局",
        unit="青岚市文化馆",
        money=one_year_money(35, 30, 5),
        title="",
        goals=["上线数字文化课程１２０节，线上服务群众１０万人次以上。"],
    )
    s.row(*HEAD)
    s.table(
        [
            ["产出指标", "数量", "上线数字文化课程", "≥120节"],
            [None, None, "线上服务群众人次", "≥100,000人次"],
            [None, "质量", "课程审核通过率", "≥95%"],
            [None, "时效", "课程上线完成时间", "2026.09.30前"],
            [None, "成本", "每节课程制作成本", "≤2,500元/节"],
            ["效益指标", "社会效益", "群众数字文化获得感", "明显增强"],
            ["满意度指标", "服务对象满意度", "读者满意度", "≥90%"],
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "np12-operator-column-footnotes",
    (4, 11),
    "one-year project, OLD-NAT, operator column "
    "in words, unit column, a percent cell, =0 accidents, a 增长率 ≤0, footnotes and "
    "signatures",
)
def np12() -> Book:
    b = Book()
    s = project(
        b,
        "Sheet1",
        name="临溪县畜禽养殖废弃物资源化利用项目",
        dept="临溪县农业农村局",
        unit="临溪县畜牧兽医服务中心",
        money_rows=one_year_money(260, 220, 40),
        goals=["支持２０个规模养殖场改造粪污处理设施，畜禽粪污综合利用率达到９０％。"],
        header=("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"),
        rows=[
            ["产出指标", "数量指标", "支持规模养殖场改造", "大于等于", fw("20"), "个"],
            [None, None, "新建粪污贮存池容积", "大于等于", "12,000", "立方米"],
            [None, "质量指标", "设施验收合格率", "大于等于", pct(0.98), "%"],
            [None, "时效指标", "改造完成时间", "小于等于", "2026年10月", None],
            [None, "成本指标", "单场改造补助", "小于等于", fw("13"), "万元/个"],
            ["效益指标", "生态效益指标", "畜禽粪污综合利用率", "大于等于", "90.0", "%"],
            [None, None, "化肥使用量增长率", "小于等于", "0", "%"],
            [None, "社会效益指标", "粪污处理安全事故", "等于", "0", "起"],
            ["满意度指标", "服务对象满意度指标", "养殖户满意度", "大于等于", "90", "%"],
        ],
    )
    sign_off(
        s,
        "注：1.本表金额单位为万元；2.指标性质填写大于等于、小于等于或等于。",
        "单位负责人：陈晓川      财务负责人：吴敏      填表人：刘一凡",
        "填报日期：2025年11月20日",
    )
    return b
