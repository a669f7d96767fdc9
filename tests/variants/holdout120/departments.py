"""Department returns: tasks against 项目支出, share columns, a flat list, an indicator under two
tier-2s (lz08–lz13)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout120.common import indicators, signature, w
from tests.variants.holdout120.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok, pct

Y = 2027
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
P2 = "0.00%"


def share_head(
    s: Sheet,
    dept: str,
    amounts: tuple[float, ...],
    shares: tuple[Any, ...],
    tasks: list[tuple[Any, ...]],
    goal: str,
) -> None:
    """A department head with a 占比 row under the amounts (资金总额 · 财政拨款 · 其他资金 ·
    基本支出 · 项目支出) and the key tasks."""
    s.title(f"{Y}年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", day(Y - 1, 11, 22), merge=[(2, 3), (5, 6)])
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, *(w(a) for a in amounts))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("占比", *shares)
    s.row(
        "年度主要任务",
        "任务名称",
        "主要实施内容",
        "预算金额（万元）",
        "期望达到的目标",
        None,
        merge=[(5, 6)],
    )
    top = s.r
    for t in tasks:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])


@variant(
    "lz08-dept-tasks-ok",
    (12,),
    "department, NAT-2021: 资金总额 = 财政拨款 + 其他资金 = "
    "基本支出 + 项目支出, tasks adding to 金额合计 = 项目支出",
)
def lz08() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s,
        year=Y,
        dept="白鹭湾区市场监督管理局",
        budget=[(w(1250), w(1180), w(70), w(830), w(420))],
        tasks=[
            ("食品安全抽检", "开展食品安全监督抽检", w(180), "抽检不少于3200批次"),
            (
                "特种设备安全监管",
                "电梯、锅炉等特种设备监督检查",
                w(150),
                "检查特种设备不少于2600台",
            ),
            ("消费维权", "12315投诉举报处理和放心消费创建", w(90), "投诉按时办结率不低于98%"),
            ("金额合计", None, w(420), None),
        ],
        goal="守住食品安全和特种设备安全底线，投诉举报按时办结，市场环境持续改善。",
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "食品安全监督抽检批次", "≥3200批次"),
            (None, None, "特种设备监督检查台数", "≥2600台"),
            (None, None, "放心消费示范单位创建", "≥50家"),
            (None, "质量指标", "投诉举报按时办结率", pct(0.98)),
            (None, None, "抽检不合格食品核查处置率", pct(1)),
            (None, "时效指标", "投诉举报受理时间", "≤7个工作日"),
            ("成本指标", "经济成本指标", "食品抽检平均检验费用", "≤500元/批次"),
            ("效益指标", "社会效益指标", "食品抽检合格率", pct(0.97)),
            (None, None, "特种设备事故发生率", "≤0.1‰"),
            (None, "可持续影响指标", "智慧监管平台应用", "持续深化"),
            ("满意度指标", "服务对象满意度指标", "消费者满意度", pct(0.88)),
        ],
    )
    signature(s, Y, "袁嘉慧", "0755-8860274")
    return b


@variant(
    "lz09-dept-tasks-over",
    (12, 11),
    "department, NAT-2021: tasks adding to a 金额合计 above the 项目支出, ≤ on a coverage rate",
)
def lz09() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s,
        year=Y,
        dept="松岭县农业农村局",
        budget=[
            (
                w(1460),
                w(1390),
                w(70),
                ok(w(960), "error", note="the other side of the total"),
                ok(w(500), "error", note="the 项目支出 the tasks exceed"),
            )
        ],
        tasks=[
            ("高标准农田建设管护", "已建高标准农田设施管护", w(220), "管护高标准农田不少于4.2万亩"),
            ("农作物病虫害统防统治", "重大病虫害监测和统防统治", w(180), "统防统治覆盖率不低于45%"),
            ("农产品质量安全监管", "农产品快速检测和追溯管理", w(160), "快检不少于6000批次"),
            (
                "金额合计",
                None,
                mk(
                    w(560),
                    "B102",
                    "error",
                    alt=("B101",),
                    note="220 + 180 + 160 = 560 > 项目支出 500",
                ),
                None,
            ),
        ],
        goal="稳住粮食生产，提升农田管护和农产品质量安全水平。",
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "高标准农田管护面积", "≥4.2万亩"),
            (None, None, "农产品质量安全快速检测", "≥6000批次"),
            (
                None,
                "质量指标",
                "主要农作物病虫害统防统治覆盖率",
                mk("≤45%", "T108", "warning", row=True, note="a coverage rate is 正向: ≥45%"),
            ),
            (None, None, "农产品质量安全例行监测合格率", pct(0.98)),
            (None, "时效指标", "病虫害预警信息发布及时率", pct(0.95)),
            ("成本指标", "经济成本指标", "农田设施管护费用", "≤52元/亩"),
            ("效益指标", "经济效益指标", "粮食播种面积", "≥38万亩"),
            (None, "社会效益指标", "病虫害危害损失率", "≤5%"),
            (None, "可持续影响指标", "农田设施完好率", pct(0.9)),
            ("满意度指标", "服务对象满意度指标", "农户满意度", pct(0.9)),
        ],
    )
    signature(s, Y, "覃志刚", "0776-4418530")
    return b


@variant(
    "lz10-dept-share-wrong",
    (12,),
    "department, NAT-2021, a 占比 row under the amounts: one "
    "share not matching its amount, a 满意度 of 100%",
)
def lz10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    share_head(
        s,
        "鹤汀市档案馆",
        (860, 800, 60, 520, 340),
        (
            pct(1, P2),
            pct(0.9302, P2),
            pct(0.0698, P2),
            mk(pct(0.5647, P2), "B111", "error", note="520 / 860 = 60.47%"),
            pct(0.3953, P2),
        ),
        [
            ("馆藏档案数字化", "纸质档案扫描、著录和质检", w(210), "数字化档案不少于120万画幅"),
            ("档案库房安全改造", "库房温湿度控制和消防设施更新", w(130), "完成2个库房改造"),
            ("金额合计", None, w(340), None),
        ],
        "推进馆藏档案数字化，改善库房保管条件，提升档案利用服务水平。",
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "档案数字化扫描量", "≥120万画幅"),
            (None, None, "改造档案库房", "2个"),
            (None, None, "接待档案查阅利用", "≥9000人次"),
            (None, "质量指标", "数字化成果质检合格率", pct(0.99)),
            (None, None, "库房温湿度达标率", pct(0.95)),
            (None, "时效指标", "档案查阅办结时间", "≤3个工作日"),
            ("成本指标", "经济成本指标", "档案数字化单价", "≤1.6元/画幅"),
            ("效益指标", "社会效益指标", "档案利用服务覆盖乡镇", "≥14个"),
            (None, "可持续影响指标", "档案安全保管", "持续保障"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "档案利用者满意度",
                mk(pct(1), "T114", "warning", note="a satisfaction of 100% is no realistic target"),
            ),
        ],
    )
    signature(s, Y, "池晓燕", "0593-2276415")
    return b


@variant(
    "lz11-dept-share-ok",
    (12,),
    "department, NAT-2021, a 占比 row under the amounts, "
    "rounded shares matching, two value columns",
)
def lz11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    share_head(
        s,
        "鹤汀市城市管理综合执法局",
        (2350, 2210, 140, 1480, 870),
        (pct(1, P2), pct(0.9404, P2), pct(0.0596, P2), pct(0.6298, P2), pct(0.3702, P2)),
        [
            ("市容环境整治", "占道经营、户外广告整治", w(320), "整治违规户外广告不少于800处"),
            ("城市道路清扫保洁", "主次干道机械化清扫", w(410), "机械化清扫率不低于85%"),
            ("执法装备更新", "执法记录仪和执法车辆更新", w(140), "更新执法记录仪200台"),
            ("金额合计", None, w(870), None),
        ],
        "市容环境持续改善，城市道路清扫保洁质量提升，执法规范化水平提高。",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "整治违规户外广告", "≥800处", "≥800处"),
            (None, None, "更新执法记录仪", "200台", "200台"),
            (None, "质量指标", "主次干道机械化清扫率", pct(0.85), pct(0.85)),
            (None, None, "执法案卷合格率", pct(0.95), pct(0.95)),
            (None, "时效指标", "市容问题处置时间", "≤24小时", "≤24小时"),
            (
                "成本指标",
                "经济成本指标",
                "道路清扫保洁单价",
                "≤4.5元/平方米·年",
                "≤4.5元/平方米·年",
            ),
            ("效益指标", "社会效益指标", "市容环境问题投诉下降率", "≥10%", "≥10%"),
            (None, "可持续影响指标", "城市管理长效机制", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "市民满意度", pct(0.88), pct(0.88)),
        ],
    )
    signature(s, Y, "骆海峰", "0593-2260819")
    return b


@variant(
    "lz12-dept-flat",
    (3,),
    "department, flat list (序号 · 指标名称 · 比较符 · 指标值 · 计量单位 · 权重): a 满意度 of 100%",
)
def lz12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(8, 30, 10, 12, 12, 10))
    department_head(
        s,
        year=Y,
        dept="桐溪县供销合作社联合社",
        budget=[(w(310), w(290), w(20), w(240), w(70))],
        tasks=[
            ("农资保供", "春耕秋种化肥农药储备", w(45), "储备化肥不少于3000吨"),
            ("农村电商服务站建设", "新建村级电商服务站", w(25), "新建服务站20个"),
            ("金额合计", None, w(70), None),
        ],
        goal="保障农资供应，完善农村流通服务网络。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("序号", "指标名称", "比较符", "指标值", "计量单位", "权重")
    s.table(
        [
            (1, "化肥储备量", "≥", 3000, "吨", 15),
            (2, "新建村级电商服务站", "≥", 20, "个", 15),
            (3, "农资质量抽检合格率", "≥", pct(0.98), "%", 10),
            (4, "农资储备到位及时率", "≥", pct(0.95), "%", 10),
            (5, "电商服务站建设补助标准", "≤", 1.2, "万元/个", 10),
            (6, "村级电商服务站覆盖率", "≥", pct(0.6), "%", 15),
            (7, "农产品网销额增长率", "≥", pct(0.08), "%", 10),
            (
                8,
                "农户满意度",
                "=",
                mk(
                    pct(1),
                    "T114",
                    "warning",
                    row=True,
                    alt=("T107",),
                    note="a satisfaction of exactly 100% is no realistic target",
                ),
                "%",
                15,
            ),
        ]
    )
    s.row(None, "合计", None, None, None, 100)
    signature(s, Y, "廖春兰", "0795-7712038")
    return b


@variant(
    "lz13-dept-duplicate-date",
    (12,),
    "department, NAT-2021, filled-down tiers: one "
    "indicator under two tier-2s with two values, a deadline in the year before",
)
def lz13() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s,
        year=Y,
        dept="云岫县医疗保障局",
        budget=[(w(680), w(680), w(0), w(410), w(270))],
        tasks=[
            ("医保基金监管", "定点医药机构现场检查和专项治理", w(120), "检查定点医药机构全覆盖"),
            (
                "医保经办服务能力提升",
                "村级医保服务站点建设和培训",
                w(150),
                "建成村级服务站点不少于90个",
            ),
            ("金额合计", None, w(270), None),
        ],
        goal="守好医保基金安全，医保服务下沉到村，群众办事更便捷。",
    )
    t1, t2 = "产出指标", "数量指标"
    rows = [
        (t1, t2, "定点医药机构现场检查", "≥320家"),
        (t1, t2, "村级医保服务站点", "≥90个"),
        (t1, t2, "经办人员业务培训", "≥400人次"),
        (t1, "质量指标", "定点医药机构检查覆盖率", pct(1)),
        (
            t1,
            "质量指标",
            ok("村级医保服务站点", note="a count under 质量指标"),
            mk(
                "≥120个",
                "D102",
                "error",
                row=True,
                note="the same indicator as under 数量指标, ≥90个",
            ),
        ),
        (
            t1,
            "时效指标",
            "专项治理完成时间",
            mk(
                f"{Y - 1}年11月30日前",
                "Y102",
                "error",
                alt=("Y101", "Y103"),
                note="a 2027 table cannot set a deadline in 2026",
            ),
        ),
        ("成本指标", "经济成本指标", "村级站点建设补助", "≤1.2万元/个"),
        ("效益指标", "社会效益指标", "违规使用医保基金追回率", pct(1)),
        ("效益指标", "社会效益指标", "医保业务就近办理率", pct(0.8)),
        ("效益指标", "可持续影响指标", "医保基金运行", "安全平稳"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", pct(0.9)),
    ]
    rows[1] = (t1, t2, "村级医保服务站点", ok("≥90个", "error", note="the duplicate's first row"))
    indicators(s, HEAD, rows, merged=())
    signature(s, Y, "施国栋", "0599-6621837")
    return b
