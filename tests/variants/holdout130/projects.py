"""Project returns (§3.1), one budget year each: mj01–mj06."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout130.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, mk, money, pct


def m(v: float) -> Any:
    return money(v, WAN)


def indicators(s: Sheet, header: list[Any], rows: list[list[Any]], two_line: Any = None) -> None:
    s.row(*header)
    if two_line:
        s.row(*two_line)
    s.table(rows, merged=(1, 2))


def footer(s: Sheet, who: str, phone: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "单位负责人（签字）：", None)
    s.row("填报单位（盖章）：", None, None, None, "填报日期：", None)


@variant("mj01-water-ops-column", (1,), "project, NAT-2021, 比较符 column, units column, pct")
def mj01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s,
        year=2025,
        name="柘川县农村供水工程维修养护项目",
        dept="柘川县水利局 312005",
        unit="柘川县农村供水管理站",
        attr="常年项目",
        money=[
            ("年度资金总额", m(168.40), "其中：财政拨款", m(150.25)),
            (None, None, "其他资金", m(18.15)),
        ],
        goals=["维修养护农村供水工程42处，开展水质抽检，更换入户水表，保障3.6万农村人口饮水安全。"],
    )
    indicators(
        s,
        ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"],
        [
            ["产出指标", "数量指标", "维修养护农村供水工程", "≥", 42, "处"],
            [None, None, "水质抽检样本", "≥", 360, "份"],
            [None, None, "更换入户水表", "≥", 1850, "只"],
            [None, "质量指标", "水质检测合格率", "≥", pct(0.95), None],
            [None, None, "维修工程验收合格率", "=", pct(1), None],
            [None, "时效指标", "报修响应时间", "≤", 24, "小时"],
            [None, None, "维修工程完工时间", "≤", day(2025, 11, 30, CN_DATE), None],
            ["成本指标", "经济成本指标", "单处工程平均维修成本", "≤", 2.4, "万元/处"],
            [None, None, "入户水表采购单价", "≤", 260, "元/只"],
            ["效益指标", "社会效益指标", "受益农村人口", "≥", 3.6, "万人"],
            [None, None, "农村自来水普及率", "≥", pct(0.97), None],
            [None, "可持续影响指标", "供水工程设施完好率", "≥", pct(0.9), None],
            ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), None],
        ],
    )
    footer(s, "郑芸", "0736-5512108")
    return b


@variant("mj02-camp-title-year", (1,), "project, OLD-NAT, values with operators, 指标解释")
def mj02() -> Book:
    b = Book()
    b.file_mark("Y101", "error", alt=("Y102",), note="title 2026年度, dates and goal 2025")
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        title="2026年度项目支出绩效目标申报表",
        name="云岫市青少年校外实践营地运行经费",
        dept="云岫市教育局 208",
        unit="云岫市青少年校外实践教育中心",
        money=[
            ("年度资金总额", m(96.50), "其中：财政拨款", m(80.00)),
            (None, None, "其他资金", m(16.50)),
        ],
        goals=["2025年组织中小学生校外实践营期48期，接待学生9600人次，开发实践课程12门。"],
    )
    indicators(
        s,
        ["一级指标", "二级指标", "三级指标", "指标值", "指标解释", "备注"],
        [
            ["产出指标", "数量指标", "组织实践营期", "≥48期", "全年开营期数", None],
            [None, None, "接待中小学生", "≥9600人次", "按入营登记统计", None],
            [None, None, "开发实践课程", "≥12门", "新开发并通过评审的课程", None],
            [None, "质量指标", "课程评估达标率", "≥95%", "达标课程数/评估课程数", None],
            [
                None,
                None,
                "营地安全检查合格率",
                mk("≥105%", "T106", "error", note="a 合格率 above 100%"),
                "合格检查项/检查项总数",
                None,
            ],
            [None, "时效指标", "安全隐患整改时限", "≤7个工作日", "自发现之日起", None],
            [None, "成本指标", "生均实践成本", "≤95元/人次", "含餐费、交通、耗材", None],
            ["效益指标", "社会效益指标", "参与学校覆盖率", "≥80%", "参与学校/全市中小学", None],
            [None, None, "学生劳动实践能力", "有效提升", "按课程评估结果", None],
            [None, "可持续影响指标", "营地设施完好率", "≥90%", "完好设施/设施总数", None],
            ["满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "问卷调查", None],
            [None, None, "家长满意度", "≥88%", "问卷调查", None],
        ],
    )
    footer(s, "韩知远", "0791-8826410")
    return b


@variant("mj03-farmland-words", (1,), "project, OLD-NAT, unit column, 比较方式 in words last")
def mj03() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2025,
        name="蓝溪县耕地质量提升项目",
        dept="蓝溪县农业农村局",
        unit="蓝溪县耕地质量保护站",
        money=[
            ("年度资金总额", m(245.80), "其中：财政拨款", m(212.35)),
            (None, None, "其他资金", m(33.45)),
        ],
        goals=["完成土壤改良1.2万亩，测土配方取样800个，发放有机肥3000吨，带动农户2600户。"],
    )
    indicators(
        s,
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "比较方式"],
        [
            ["产出指标", "数量指标", "土壤改良面积", 12000, "亩", "大于等于"],
            [None, None, "测土配方取样", 800, "个", "大于等于"],
            [None, None, "发放商品有机肥", 3000, "吨", "大于等于"],
            [None, "质量指标", "土样检测合格率", pct(0.95), "%", "大于等于"],
            [None, "时效指标", "农技指导响应时间", 48, "小时", "小于等于"],
            [None, "成本指标", "亩均改良成本", 180, "元/亩", "小于等于"],
            ["效益指标", "经济效益指标", "改良区粮食亩均增产幅度", pct(0.05), "%", "大于等于"],
            [None, "社会效益指标", "带动农户", 2600, "户", "大于等于"],
            [None, "生态效益指标", "化肥施用量减少比例", pct(0.08), "%", "大于等于"],
            [None, "可持续影响指标", "耕地质量等级提升", 0.5, "等", "大于等于"],
            ["满意度指标", "服务对象满意度指标", "受益农户满意度", pct(0.9), "%", "大于等于"],
        ],
    )
    footer(s, "龚晓岚", "0743-6220915")
    return b


@variant("mj04-veterans-two-line", (1,), "project, OLD-NAT, two-line header 比较符/数值/单位")
def mj04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="栖霞湾区退役军人职业技能培训项目",
        dept="栖霞湾区退役军人事务局",
        unit="栖霞湾区退役军人服务中心",
        money=[
            (
                "年度资金总额",
                mk(m(86.45), "B101", "error", row=True, note="70.00 + 16.40 = 86.40"),
                "其中：财政拨款",
                m(70.00),
            ),
            (None, None, "其他资金", m(16.40)),
        ],
        goals=["开展退役军人技能培训18期600人次，组织专场招聘会6场，培训后实现就业300人以上。"],
    )
    top = s.r + 1
    indicators(
        s,
        ["一级指标", "二级指标", "三级指标", "指标值", None, None],
        [
            ["产出指标", "数量指标", "开展技能培训班", "≥", 18, "期"],
            [None, None, "培训退役军人", "≥", 600, "人次"],
            [None, None, "组织专场招聘会", "≥", 6, "场"],
            [None, "质量指标", "培训考核合格率", "≥", pct(0.9), None],
            [None, None, "取得职业技能等级证书", "≥", 420, "人"],
            [None, "时效指标", "培训班按计划开班率", "≥", pct(0.95), None],
            [None, "成本指标", "人均培训成本", "≤", 1300, "元/人次"],
            ["效益指标", "社会效益指标", "培训后实现就业", "≥", 300, "人"],
            [
                None,
                None,
                mk("培训退役军人", "D102", "error", row=True, alt=("D101", "D103")),
                "≥",
                650,
                "人次",
            ],
            [None, "可持续影响指标", "就业跟踪服务期", "≥", 6, "个月"],
            ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", pct(0.9), None],
        ],
        two_line=[None, None, None, "比较符", "数值", "单位"],
    )
    s.ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=6)
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    footer(s, "邵明川", "0592-7703316")
    return b


@variant("mj05-elderly-weights", (1,), "project, NAT-2021, 指标方向 and 权重 with halves")
def mj05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="柘川县社区居家养老服务项目",
        dept="柘川县民政局",
        unit="柘川县养老服务指导中心",
        money=[
            ("年度资金总额", m(312.60), "其中：财政拨款", m(300.00)),
            (None, None, "其他资金", m(12.60)),
        ],
        goals=["为辖区老年人提供上门服务4.8万人次，建成社区助餐点15个，受益老年人3200人以上。"],
    )
    rows = [
        ["产出指标", "数量指标", "为老年人提供上门服务", "≥48000人次", "正向", 10],
        [None, None, "建设社区助餐点", "≥15个", "正向", 10],
        [None, "质量指标", "服务质量抽查合格率", "≥95%", "正向", 7.5],
        [None, None, "护理员持证上岗率", "=100%", "正向", 7.5],
        [None, "时效指标", "服务需求响应时间", "≤24小时", "反向", 7.5],
        [None, None, "助餐点建成投用时间", "2025年12月31日前", "反向", 7.5],
        ["成本指标", "经济成本指标", "上门服务补贴标准", "≤50元/人次", "反向", 10],
        ["效益指标", "社会效益指标", "受益老年人", "≥3200人", "正向", 10],
        [None, None, "居家老年人意外事件发生率", "≤2%", "反向", 10],
        [None, "可持续影响指标", "服务对象档案建档率", "≥95%", "正向", 10],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%", "正向", 10],
    ]
    assert sum(r[5] for r in rows) == 100
    indicators(s, ["一级指标", "二级指标", "三级指标", "指标值", "指标方向", "权重"], rows)
    s.row("合计", None, None, None, None, 100)
    footer(s, "程雨禾", "0736-5530271")
    return b


@variant("mj06-relief-points", (1,), "project, NAT-2021, bare values, unit column, 分值")
def mj06() -> Book:
    b = Book()
    b.file_mark("W101", "error", note="分值 add up to 95 under a 100-point header")
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="青岚市困难群众临时救助资金",
        dept="青岚市民政局",
        unit="青岚市社会救助服务中心",
        money=[
            ("年度资金总额", m(520.00), "其中：财政拨款", m(520.00)),
            (None, None, "其他资金", m(0)),
        ],
        goals=["及时救助遭遇突发性、紧迫性困难的群众2600人次以上，兜住基本生活底线。"],
    )
    rows = [
        ["产出指标", "数量指标", "临时救助困难群众", "≥2600", "人次", 10],
        [None, None, "开展救助政策宣传", "≥40", "场", 5],
        [None, "质量指标", "救助对象认定准确率", "≥98", "%", 10],
        [
            None,
            "时效指标",
            "救助资金发放及时率",
            mk(12, "T105", "error", note="a 及时率 given as a count of 次"),
            "次",
            10,
        ],
        [None, None, "急难型救助审批时限", "≤3", "个工作日", 5],
        ["成本指标", "经济成本指标", "人均救助标准", "≤1800", "元/人次", 10],
        [None, None, "宣传材料印制费", "≤2", "万元", 5],
        ["效益指标", "社会效益指标", "困难群众基本生活保障率", "≥95", "%", 10],
        [None, None, "救助政策知晓率", "≥85", "%", 10],
        [None, "可持续影响指标", "救助信息动态更新率", "≥95", "%", 10],
        ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90", "%", 10],
    ]
    assert sum(r[5] for r in rows) == 95
    indicators(s, ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "分值（100分）"], rows)
    footer(s, "白启航", "0817-2269034")
    return b
