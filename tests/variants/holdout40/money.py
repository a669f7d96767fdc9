"""Department heads with their money: 万元 with the unit in the number format, 元 with cents,
占比 shares, 年度主要任务 with each task's money (ix01–ix04)."""

from __future__ import annotations

from tests.variants.holdout40.common import filled_on, sign, title
from tests.variants.holdout40.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

YUAN2 = "#,##0.00"


@variant(
    "ix01-wan-tasks-ok",
    (12, 1, 4),
    "department, NAT-2021, 万元 in the number format, "
    "four tasks adding to 项目支出, merged tiers, signature lines",
)
def wan_tasks_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 16, 16))
    title(s, "岚溪县农业农村局2025年度部门整体支出绩效目标表", 1, 6)
    s.row("部门名称", "岚溪县农业农村局", None, "部门编码", "218001", None, merge=[(2, 3), (5, 6)])
    s.row("年度预算", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(
        None,
        money(1286.40, WAN),
        money(1206.40, WAN),
        money(80.00, WAN),
        money(642.15, WAN),
        money(644.25, WAN),
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度主要任务",
        "任务名称",
        "主要内容",
        "预算金额（万元）",
        "期望达到的目标",
        None,
        merge=[(5, 6)],
    )
    top = s.r
    tasks = [
        ("高标准农田建设管护", "已建高标准农田沟渠、机耕路日常管护", 286.50, "管护面积3.2万亩"),
        ("农作物病虫害统防统治", "水稻、油菜重大病虫害统防统治", 158.75, "覆盖8万亩"),
        ("农村人居环境整治", "村庄清洁行动、农村改厕后续管护", 132.00, "整治45个行政村"),
        ("农业技术推广培训", "高素质农民培育、农技人员轮训", 67.00, "培训1200人次"),
    ]
    for name, what, amount, aim in tasks:
        s.row(None, name, what, money(amount, WAN), aim, None, merge=[(5, 6)])
    s.row(None, "金额合计", None, money(644.25, WAN), None, None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "整体绩效目标",
        "1.完成已建高标准农田管护3.2万亩；2.重大病虫害统防统治覆盖8万亩以上，"
        "挽回粮食损失4000吨以上；3.完成45个行政村人居环境整治；4.培训高素质农民和农技人员"
        "1200人次。",
        merge=[(2, 6)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", None, merge=[(5, 6)])
    rows = [
        ("产出指标", "数量指标", "高标准农田管护面积", "≥3.2万亩", "年内完成管护验收的面积"),
        (None, None, "病虫害统防统治覆盖面积", "≥8万亩", None),
        (None, None, "人居环境整治行政村数", "≥45个", None),
        (None, None, "农民技术培训人次", "≥1200人次", None),
        (None, "质量指标", "农田管护设施完好率", pct(0.95), None),
        (None, None, "培训合格率", "≥95%", "考核合格人次/培训人次"),
        (None, "时效指标", "统防统治作业完成时间", "2025年8月31日前", None),
        ("成本指标", "经济成本指标", "亩均农田管护成本", "≤85元/亩", None),
        (None, None, "人均培训成本", "≤500元/人次", None),
        ("效益指标", "经济效益指标", "统防统治区域挽回粮食损失", "≥4000吨", None),
        (None, "社会效益指标", "人居环境整治村庄验收达标率", "≥90%", None),
        (None, "生态效益指标", "化学农药使用量", "较上年减少", None),
        (None, "可持续影响指标", "高标准农田长效管护机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "抽样问卷调查"),
    ]
    s.table(rows, merged=(1, 2))
    sign(s, 1, filled_on(2024, 11, 18), who="刘晓梅", checker="陈立军", phone="0736-5218407")
    return b


@variant(
    "ix02-yuan-cents-sum-wrong",
    (12, 1, 11),
    "department from column B, 元 with cents, "
    "比较符 and 计量单位 columns: 合计 wrong, a rate without %, 投诉 rate with ≥",
)
def yuan_cents_sum_wrong() -> Book:
    b = Book()
    s = b.sheet("整体支出目标", (3, 16, 16, 32, 10, 14, 12))
    title(s, "青槐市市场监督管理局2025年部门整体支出绩效目标表", 2, 7)
    s.row(
        "部门名称",
        "青槐市市场监督管理局",
        None,
        None,
        "单位：元",
        None,
        col=2,
        merge=[(3, 5), (6, 7)],
    )
    s.row(
        "预算金额", "基本支出", money(18426530.46, YUAN2), None, None, None, col=2, merge=[(4, 7)]
    )
    top = s.r
    s.row(None, "项目支出", money(6208114.20, YUAN2), col=2)
    s.row(
        None,
        "合计",
        mk(
            money(24643644.66, YUAN2),
            "B101",
            "error",
            note="18,426,530.46 + 6,208,114.20 = 24,634,644.66",
        ),
        col=2,
    )
    s.ws.merge_cells(start_row=top, start_column=2, end_row=s.r, end_column=2)
    s.row(
        "年度主要任务", "任务名称", "预算金额", "主要内容及目标", None, None, col=2, merge=[(5, 7)]
    )
    top = s.r
    tasks = [
        ("食品安全监督抽检", 2150000.00, "完成食品安全监督抽检4200批次"),
        ("特种设备安全监察", 1386400.00, "在用电梯、锅炉等特种设备定期检验率100%"),
        ("计量器具强制检定", 972514.20, "检定强检计量器具2.6万台（件）"),
        ("消费者权益保护", 1699200.00, "12315诉求按时办结"),
    ]
    for name, amount, aim in tasks:
        s.row(None, name, money(amount, YUAN2), aim, None, None, col=2, merge=[(5, 7)])
    s.row(None, "小计", money(6208114.20, YUAN2), None, None, None, col=2, merge=[(5, 7)])
    s.ws.merge_cells(start_row=top, start_column=2, end_row=s.r, end_column=2)
    s.row(
        "整体绩效目标",
        "守住不发生区域性系统性食品安全风险底线，特种设备万台事故率控制在"
        "省定目标以内，市场秩序持续规范，消费环境安全放心。",
        None,
        None,
        None,
        None,
        col=2,
        merge=[(3, 7)],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", col=2)
    rows = [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥", 4200, "批次"),
        (None, None, "强检计量器具检定数量", "≥", 2.6, "万台（件）"),
        (
            None,
            "质量指标",
            "在用特种设备定期检验率",
            "=",
            mk(100, "*", "warning", row=True, required=False, note="=100% is the ceiling"),
            "%",
        ),
        (
            None,
            None,
            "抽检样品按时完成率",
            "≥",
            mk(95, "T105", "warning", alt=("T104",), note="率 without % and no unit"),
            None,
        ),
        (None, "时效指标", "12315投诉举报按时办结率", "≥", 98, "%"),
        ("成本指标", "经济成本指标", "食品抽检单批次平均费用", "≤", 500, "元/批次"),
        ("效益指标", "社会效益指标", "食品安全抽检合格率", "≥", 97, "%"),
        (
            None,
            None,
            mk("消费投诉超期办结率", "T108", "warning", row=True, note="反向 rate with ≥"),
            "≥",
            5,
            "%",
        ),
        (None, "可持续影响指标", "智慧市场监管平台应用", "定性", "持续推进", None),
        ("满意度指标", "服务对象满意度指标", "经营主体和消费者满意度", "≥", 90, "%"),
    ]
    s.table(rows, merged=(1, 2), col=2)
    s.row("注：比较符填写≥、≤、=或定性；金额单位为元。", col=2, merge=[(2, 7)])
    sign(s, 2, filled_on(2024, 11, 25), who="周雯", checker="韩振国", phone="0571-8830216")
    return b


@variant(
    "ix03-yuan-shares-ok",
    (12, 1, 11),
    "department from column C, 元 with cents and 占比, "
    "OLD-NAT with 比较符, 计量单位 and 指标方向 columns, a rate per 10万",
)
def yuan_shares_ok() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (3, 3, 14, 16, 30, 10, 12, 12, 10))
    title(s, "松岭县卫生健康局2025年度部门整体支出绩效目标表", 3, 9)
    s.row(
        "部门（单位）名称",
        "松岭县卫生健康局",
        None,
        None,
        "金额单位：元",
        None,
        None,
        col=3,
        merge=[(4, 6), (7, 9)],
    )
    s.row("年度预算", "项目", "金额", "占比", col=3)
    top = s.r
    total = 9876543.20
    lines = [
        ("资金总额", total),
        ("其中：财政拨款", 9376543.20),
        ("其他资金", 500000.00),
        ("基本支出", 7102311.85),
        ("项目支出", 2774231.35),
    ]
    for label, amount in lines:
        s.row(None, label, money(amount, YUAN2), pct(round(amount / total, 4), "0.00%"), col=3)
    s.ws.merge_cells(start_row=top, start_column=3, end_row=s.r, end_column=3)
    s.row(
        "部门职能",
        "负责全县疾病预防控制、基本公共卫生服务、医疗机构监管和卫生应急工作。",
        None,
        None,
        None,
        None,
        None,
        col=3,
        merge=[(4, 9)],
    )
    s.row(
        "整体绩效目标",
        "完成家庭医生签约服务4.2万人、65岁以上老年人健康体检1.85万人，"
        "免疫规划疫苗接种率保持在95%以上，居民健康素养水平达到28%。",
        None,
        None,
        None,
        None,
        None,
        col=3,
        merge=[(4, 9)],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向", col=3)
    rows = [
        ("产出指标", "数量指标", "家庭医生签约服务人数", "≥", 42000, "人", "正向"),
        (None, None, "65岁以上老年人健康体检人数", "≥", 18500, "人", "正向"),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥", 95, "%", "正向"),
        (None, None, "法定传染病网络报告及时率", "≥", 98, "%", "正向"),
        (None, "时效指标", "突发公共卫生事件信息报告时间", "≤", 2, "小时", "反向"),
        (None, "成本指标", "老年人健康体检人均成本", "≤", 80, "元/人", "反向"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥", 28, "%", "正向"),
        (None, None, "孕产妇死亡率", "≤", 10, "1/10万", "反向"),
        (None, "可持续影响指标", "基层医疗卫生服务能力", None, "稳步提升", None, "正向"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥", 90, "%", "正向"),
    ]
    s.table(rows, merged=(1, 2), col=3)
    s.row("注：1.指标方向填写正向或反向；2.孕产妇死亡率按每10万活产计。", col=3, merge=[(3, 9)])
    sign(s, 3, filled_on(2024, 12, 2), who="黄一鸣", checker="孙丽华", phone="0797-6623015")
    return b


@variant(
    "ix04-shares-date-wrong",
    (12, 1, 5),
    "department, 万元 with 占比 in a vertical block, "
    "tier labels with *: one share wrong, a deadline two years back",
)
def shares_date_wrong() -> Book:
    b = Book()
    s = b.sheet("2025部门整体", (16, 18, 30, 18, 16))
    title(s, "禾川市文化广电旅游局2025年度部门整体支出绩效目标表", 1, 5)
    s.row(
        "部门名称",
        "禾川市文化广电旅游局",
        None,
        "填报日期",
        filled_on(2024, 11, 29),
        merge=[(2, 3)],
    )
    s.row("预算金额（万元）", "项目", "金额", "占比", None)
    top = s.r
    s.row(None, "资金总额", money(2350.00, WAN), pct(1, "0.00%"))
    s.row(None, "其中：财政拨款", money(2180.00, WAN), pct(0.9277, "0.00%"))
    s.row(None, "　　　其他资金", money(170.00, WAN), pct(0.0723, "0.00%"))
    s.row(
        None,
        "基本支出",
        money(1415.60, WAN),
        mk(pct(0.6402, "0.00%"), "B111", "error", note="1415.60 ÷ 2350 = 60.24%"),
    )
    s.row(None, "项目支出", money(934.40, WAN), pct(0.3976, "0.00%"))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度总体目标",
        "开展文化惠民演出160场，公共图书馆、文化馆（站）免费开放，完成3处文物"
        "保护单位修缮，全市接待游客人次稳步增长。",
        merge=[(2, 5)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    rows = [
        ("*产出指标", "*数量指标", "文化惠民演出场次", "≥160场", None),
        (None, None, "文物保护单位修缮处数", "≥3处", None),
        (None, None, "公共图书馆年流通人次", "≥45万人次", None),
        (None, "*质量指标", "文物修缮工程验收合格率", "100%", None),
        (
            None,
            "*时效指标",
            "文化惠民演出完成时间",
            mk(
                day(2023, 12, 31),
                "Y102",
                "error",
                alt=("Y101", "Y103"),
                note="2025 table, a deadline at the end of 2023",
            ),
            "年底前完成",
        ),
        ("*成本指标", "*经济成本指标", "单场惠民演出补助标准", "≤1.5万元/场", None),
        ("*效益指标", "*社会效益指标", "群众文化活动参与人次", "≥30万人次", None),
        (None, "*可持续影响指标", "公共文化服务体系", "逐步完善", None),
        ("*满意度指标", "*服务对象满意度指标", "群众满意度", "≥92%", None),
    ]
    s.table(rows, merged=(1, 2))
    s.row("注：带*的为必填项。")
    return b
