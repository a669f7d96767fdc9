"""市场监管局 returns: food sampling (抽检批次, 合格率, incidents at 0), enterprise annual reports
(年报公示率, approximate targets), consumer complaints over three years, and a department table."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout41.forms import head_at, signatures
from tests.variants.holdout41.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok, pct

ZERO_OK = "an incident count of 0 on a 反向 indicator is the target itself; = and ≤ coincide at 0"


@variant(
    "iy01-food-sampling-ok",
    (1, 4),
    "project, NAT-2021, merged tiers, 比较符 and 计量单位 columns, percent cells, 0 起 "
    "incidents, a 注 line and signature lines under the table",
)
def iy01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 18, 32, 10, 14, 14))
    project_head(
        s,
        year=2027,
        name="2027年食品安全监督抽检监测经费",
        dept="青禾县市场监督管理局（413001）",
        unit="青禾县市场监督管理局",
        attr="经常性项目",
        money=[
            ("年度资金总额", money(86.5, WAN), "其中：财政拨款", money(86.5, WAN)),
            (None, None, "其他资金", money(0, WAN)),
        ],
        goals=[
            "完成食品安全监督抽检500批次以上、快速检测样品3000份以上，不合格食品核查处置率100%，"
            "全县食品安全评价性抽检合格率保持在97%以上，不发生重大食品安全事故。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    zero = mk("=", "*", "warning", required=False, row=True, note=ZERO_OK)
    s.table(
        [
            ("成本指标", "经济成本指标", "食品监督抽检单批次检验费用", "≤", 1600, "元/批次"),
            ("产出指标", "数量指标", "食品安全监督抽检批次", "≥", 500, "批次"),
            (None, None, "食品快速检测样品数量", "≥", 3000, "份"),
            (None, "质量指标", "抽检任务完成率", "=", pct(1), "%"),
            (None, None, "不合格食品核查处置率", "=", pct(1), "%"),
            (None, "时效指标", "检验报告出具时限", "≤", 20, "个工作日"),
            ("效益指标", "社会效益指标", "全县食品安全评价性抽检合格率", "≥", pct(0.97), "%"),
            (None, None, "重大食品安全事故发生起数", zero, 0, "起"),
            (None, "可持续影响指标", "食品安全风险隐患排查处置机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "群众对食品安全工作满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.row(
        "注：1.抽检批次按省、市局下达的年度抽检计划确定；2.定性指标以年度考核结果为准。",
        merge=[(1, 6)],
    )
    signatures(s, 1, ("周敏", "韩立新"), "0739-5218864", day(2026, 10, 15, CN_DATE))
    return b


@variant(
    "iy02-food-rectify-wrong",
    (1, 11, 12),
    "project, OLD-NAT, operator inside the value, header 目标值: a rate without %, a "
    "percent cell above 100, a 投诉率 with ≥, money that does not add up",
)
def iy02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 32, 14, 12, 16))
    project_head(
        s,
        year=2027,
        name="农村集体聚餐及校园食品安全专项整治经费",
        dept="石岭县市场监督管理局",
        unit="石岭县市场监督管理局",
        money=[
            (
                "年度资金总额",
                mk(money(120), "B101", "error", row=True, note="120 ≠ 100 + 15"),
                "其中：财政拨款",
                money(100),
            ),
            (None, None, "其他资金", money(15)),
        ],
        goals=[
            "全年指导农村集体聚餐备案600场次以上，监督检查校园食堂85所，开展专项整治，"
            "降低食品安全风险，学生家长满意度达到90%以上。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "目标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "农村集体聚餐备案指导场次", "≥600", "场次", None),
            (None, None, "校园食堂监督检查覆盖学校数", "≥85", "所", None),
            (
                None,
                "质量指标",
                "集体聚餐食品抽检合格率",
                mk("≥97", "T105", "warning", alt=("T104",), note="a rate without %"),
                None,
                None,
            ),
            (
                None,
                None,
                "专项整治任务完成率",
                mk(pct(1.05), "T106", "error"),
                None,
                "含上级交办任务",
            ),
            (None, "时效指标", "问题线索核查办结时限", "≤15", "个工作日", None),
            (None, "成本指标", "校园食堂快检试剂采购成本", "≤18", "万元", None),
            (
                "效益指标",
                "社会效益指标",
                "食品安全群众投诉率",
                mk("≥5%", "T108", "warning", row=True),
                None,
                None,
            ),
            (None, None, "学校食堂“明厨亮灶”覆盖率", "≥95%", None, None),
            (None, "可持续影响指标", "农村集体聚餐长效监管机制", "建立并执行", None, None),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", None, None),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "iy03-annual-report-ok",
    (5, 7),
    "project, NAT-2021, table in column C with an empty spacer column, operators inside "
    "text values, 约1200户 and 85%左右, header 指标值设定依据",
)
def iy03() -> Book:
    b = Book()
    s = b.sheet("信用监管", widths=(3, 3, 14, 18, 34, 12, 16, 14))
    head_at(
        s,
        3,
        year=2027,
        title="2027年度项目支出绩效目标表",
        name="市场主体年报公示及信用监管经费",
        dept="沅溪县市场监督管理局",
        unit="沅溪县市场监督管理局信用监管股",
        money=[
            ("年度资金总额", money(46.8, "#,##0.00"), "财政拨款", money(46.8, "#,##0.00")),
            (None, None, "其他资金", None),
        ],
        goal="组织市场主体年度报告公示，企业年报公示率达到90%以上；开展“双随机、一公开”抽查"
        "约1200户，推进企业信用风险分类管理全覆盖。",
    )
    s.row("一级指标", "二级指标", "三级指标", None, "指标值", "指标值设定依据", col=3)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "“双随机、一公开”抽查市场主体户数",
                None,
                ok("约1200户", note="an approximate count a reviewer accepts"),
                "计划标准",
            ),
            (None, None, "年报公示提醒短信发送量", None, "≥2.6万条", "历史标准"),
            (None, "质量指标", "企业年报公示率", None, "≥90%", "行业标准"),
            (
                None,
                None,
                "个体工商户年报公示率",
                None,
                ok("85%左右", note="an approximate rate a reviewer accepts"),
                "历史标准",
            ),
            (None, "时效指标", "经营异常名录移出申请办结时限", None, "≤5个工作日", "计划标准"),
            ("成本指标", "经济成本指标", "信用监管系统运维费", None, "≤18万元", "计划标准"),
            ("效益指标", "社会效益指标", "企业信用风险分类管理覆盖率", None, "100%", "计划标准"),
            (None, "可持续影响指标", "企业信用监管长效机制", None, "逐步完善", "其他标准"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "市场主体对信用监管服务满意度",
                None,
                "≥90%",
                "行业标准",
            ),
        ],
        merged=(1, 2),
        col=3,
    )
    return b


@variant(
    "iy04-complaints-three-years-wrong",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 value columns: two cumulative counts "
    "copied from 中期, a malformed operator, one indicator twice with different values",
)
def iy04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 18, 32, 16, 16, 14))
    project_head(
        s,
        year=2027,
        years=3,
        name="消费维权服务体系建设项目",
        dept="沅溪县市场监督管理局",
        unit="沅溪县消费者权益保护中心",
        attr="新增项目",
        money=[
            ("中期资金总额", money(270), "年度资金总额", money(90)),
            ("其中：财政拨款", money(270), "其中：财政拨款", money(90)),
            ("其他资金", money(0), "其他资金", money(0)),
        ],
        goals=[
            "三年内建成消费维权服务站30个，处理12315投诉举报9000件以上，创建放心消费示范单位"
            "60家，消费纠纷调解成功率达到80%以上。",
            "推进消费维权服务站建设，畅通12315投诉举报渠道，提升消费纠纷调解成效。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "消费维权服务站建设数量",
                "≥30个",
                mk("≥30个", "D202", "warning", note="中期 copied"),
            ),
            (
                None,
                None,
                "12315投诉举报受理处理件数",
                "≥9000件",
                mk("≥9000件", "D202", "warning", note="中期 copied"),
            ),
            (None, None, "放心消费示范单位创建数", "≥60家", "≥20家"),
            (None, "质量指标", "消费纠纷调解成功率", "≥80%", "≥80%"),
            (
                None,
                None,
                mk("投诉举报按时办结率", "D203", "warning", required=False, row=True),
                "≥95%",
                mk("≥≤95%", "T116", "warning"),
            ),
            (None, "时效指标", "投诉处理办结期限", "60日内", "60日内"),
            (
                "成本指标",
                "经济成本指标",
                "单个消费维权服务站建设补助标准",
                "≤2万元/个",
                "≤2万元/个",
            ),
            (
                "效益指标",
                "社会效益指标",
                mk("消费纠纷调解成功率", "D102", "error", row=True, alt=("D101", "D103")),
                "≥85%",
                "≥85%",
            ),
            (None, "可持续影响指标", "消费维权网络覆盖面", "持续扩大", "逐步扩大"),
            ("满意度指标", "服务对象满意度指标", "投诉人满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "iy05-msb-department-ok",
    (10, 12),
    "department, NAT-2021: budget, key tasks with 金额合计 = 项目支出, a 分值 column adding "
    "to 100, two satisfaction indicators for two kinds of user",
)
def iy05() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(16, 18, 32, 16, 16, 14))
    department_head(
        s,
        year=2027,
        dept="梅塘区市场监督管理局",
        budget=[(money(2860.45), money(2710.45), money(150), money(1980.45), money(880))],
        tasks=[
            (
                "食品安全监管",
                "监督抽检、快速检测、校园及农村集体聚餐监管",
                money(320),
                "监督抽检4000批次以上",
            ),
            (
                "特种设备安全监察",
                "电梯、锅炉、压力容器监督检查",
                money(180),
                "监督检查1500台次以上",
            ),
            ("知识产权保护", "商标、专利行政保护和执法", money(120), "保护体系持续完善"),
            (
                "市场主体信用监管",
                "年报公示、双随机抽查、信用修复",
                money(260),
                "市场主体满意度90%以上",
            ),
            ("金额合计", None, money(880), None),
        ],
        goal="目标1：全年完成食品安全监督抽检4000批次以上，评价性抽检合格率保持在98%以上；"
        "目标2：特种设备监督检查1500台次以上，万台特种设备死亡人数控制在0.2人以下；"
        "目标3：持续优化营商环境，市场主体满意度达到90%以上。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "食品安全监督抽检批次", "≥4000批次", 10, None),
            (None, None, "特种设备监督检查台次", "≥1500台次", 10, None),
            (None, "质量指标", "抽检不合格食品核查处置率", "=100%", 10, None),
            (None, "时效指标", "企业开办全流程办结时限", "≤1个工作日", 10, None),
            ("成本指标", "经济成本指标", "“三公”经费支出", "≤12.6万元", 10, None),
            ("效益指标", "社会效益指标", "全区食品评价性抽检合格率", "≥98%", 10, None),
            (None, None, "万台特种设备死亡人数", "≤0.2人", 10, "反向指标"),
            (None, "可持续影响指标", "知识产权保护工作体系", "持续完善", 10, None),
            ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", 10, None),
            (None, None, "消费者满意度", "≥88%", 10, None),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    return b
