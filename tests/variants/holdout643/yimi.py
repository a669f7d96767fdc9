"""Returns gc01–gc06: 薏米种植 (demonstration bases, seed subsidies, a three-year plan, a
department with points, two stacked projects, a flat list)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout643.common import funds, indicators, note, sign, start, wan
from tests.variants.holdout643.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

G01 = (
    "在岚溪镇、澄沙乡建设薏米标准化种植示范基地3000亩（其中岚溪镇1800亩、"
    "澄沙乡1200亩），推广两段式烘干技术，示范区薏米亩产达到300公斤以上。"
)
T01A = (
    ("产出指标", "数量指标", "薏米标准化示范基地面积", "≥3000亩"),
    (None, None, "示范区烘干设备安装", "≥12台"),
    (None, "质量指标", "示范区良种覆盖率", pct(0.95)),
    (None, None, "示范区薏米亩产", "≥300公斤"),
    (None, "时效指标", "示范基地建设完成时间", "2025年10月31日前"),
    (None, "成本指标", "示范基地每亩补助标准", "≤200元/亩"),
)  # fmt: skip
T01B = (
    ("效益指标", "经济效益指标", "示范区农户亩均增收", "≥400元"),
    (None, "社会效益指标", "带动薏米种植农户", "≥260户"),
    (None, "可持续影响指标", "绿色种植技术持续应用年限", "≥3年"),
    ("满意度指标", "服务对象满意度指标", "种植农户满意度", "≥90%"),
)  # fmt: skip


@variant(
    "gc01-yimi-demo-base",
    (1, 4, 12),
    "project, OLD-NAT, one value column, a typed percent, a 注 row inside the table, "
    "说明 and signature lines below; the goal's 3000亩 given with its parts (correct)",
)
def gc01() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="薏米标准化种植示范基地建设项目",
        dept="苇塘县农业农村局 317",
        unit="苇塘县经济作物技术推广站",
        money=funds((86, 60, 26)),
        goals=(G01,),
    )
    indicators(s, T01A)
    note(s, "注：烘干设备由县农机服务中心统一采购，费用不在本项目列支。", width=4)
    s.table(T01B, merged=(1, 2))
    note(s, "说明：示范基地面积3000亩为岚溪镇、澄沙乡两处之和。")
    sign(s, "郁青禾", "0736-5812046", day(2024, 12, 18, CN_DATE))
    return b


G02 = (
    "向全县薏米种植户发放良种补贴，推广“赭薏2号”良种5000亩，"
    "补贴发放到户，良种田亩均增产25公斤以上。"
)
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
T02 = (
    ("成本指标", "经济成本指标", "良种补贴标准", "小于等于",
     mk(80, "B107", "warning", row=True, note="80元/亩 × 4500亩 = 36万元 > 30万元"), "元/亩"),
    ("产出指标", "数量指标", "良种推广面积", "大于等于",
     mk(4500, "D104", "warning", row=True, note="年度目标写推广良种5000亩"), "亩"),
    (None, None, "补贴发放农户", "大于等于", 600, "户"),
    (None, "质量指标", "良种纯度达标率", "大于等于", pct(0.98), "%"),
    (None, "时效指标", "补贴资金发放完成时间", "小于等于",
     mk(day(2024, 11, 30, CN_DATE), "Y102", "error", alt=("Y101", "Y103"),
        note="上一季的期限：2024年11月30日在2025年的项目之前"), None),
    ("效益指标", "经济效益指标", "良种田亩均增产", "大于等于", 25, "公斤"),
    (None, "可持续影响指标", "良种统一供种覆盖率提高", "大于等于", 5, "百分点"),
    ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "大于等于", 90, "%"),
)  # fmt: skip


@variant(
    "gc02-yimi-seed-subsidy",
    (11, 12),
    "project, NAT-2021, operator in words in 指标性质, unit column: area below the goal's, "
    "a subsidy standard × area above the money, last season's deadline",
)
def gc02() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="薏米良种推广补贴项目",
        dept="赭岭县农业农村局 402",
        unit="赭岭县种子管理站",
        money=funds((30, 24, 6)),
        goals=(G02,),
    )
    indicators(s, T02, head=HEAD_OP)
    sign(s, "符兰舟", "0741-3360572", day(2025, 1, 8))
    return b


G03 = (
    "2025—2027年累计建成高标准薏米种植基地1.2万亩，培育薏米加工企业3家，薏米产值达到2.4亿元。",
    "2025年建成高标准薏米种植基地4000亩，培育薏米加工企业1家，开展种植技术培训500人次。",
)
T03 = (
    ("成本指标", "经济成本指标", "基地建设每亩补助", "≤250元", "≤250元"),
    ("产出指标", "数量指标", "高标准薏米种植基地面积", "≥12000亩", "≥4000亩"),
    (None, None, "培育薏米加工企业", "≥3家",
     mk("≥5家", "D201", "error", alt=("D104",), note="年度5家超过三年3家，年度目标写1家")),
    (None, None, "种植技术培训", "≥1500人次",
     mk("≥1500人次", "D202", "warning", alt=("D104",),
        note="三年累计数抄进年度，年度目标写500人次")),
    (None, "质量指标", "种植基地验收合格率", "≥95%", "≥95%"),
    (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
    (None, None, mk("薏米种子检测合格率", "F201", "warning", row=True, note="质量类比率填在时效下"),
     "≥98%", "≥98%"),
    ("效益指标", "经济效益指标", "薏米产值", "≥2.4亿元", "≥0.8亿元"),
    (None, "社会效益指标", "带动种植农户", "≥1800户", "≥600户"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
)  # fmt: skip


@variant(
    "gc03-yimi-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the "
    "period's, a period count copied into 年度, a quality rate under 时效",
)
def gc03() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=3,
        name="薏米产业提升三年行动项目",
        dept="苇塘县农业农村局 317",
        unit="苇塘县薏米产业发展中心",
        money=funds((360, 300, 60), (120, 100, 20)),
        goals=G03,
        attr="新增项目",
    )
    indicators(s, T03, head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))
    return b


G04 = (
    "完成薏米良种繁育田300亩、病虫害统防统治8000亩，举办品牌推介3场，"
    "薏米病虫害损失率较上年下降2个百分点。"
)
TASKS04 = (
    ("薏米良种繁育", "建设良种繁育田300亩", wan(65), "繁育良种9万公斤"),
    ("病虫害统防统治", "统防统治8000亩", wan(48), "损失率控制在5%以内"),
    ("薏米品牌推介", "参加农产品展会3场", wan(32), "签约采购商6家"),
    ("金额合计", None, wan(145), None),
)  # fmt: skip
T04 = (
    ("一、产出指标（50分）", "（一）数量指标", "良种繁育田面积", "≥300亩", 15),
    (None, None, "病虫害统防统治面积", "≥8000亩", 15),
    (None, "（二）质量指标", "良种发芽率", "≥85%", 10),
    (None, "（三）时效指标", "良种繁育任务完成时间", "2025年9月30日前", 10),
    ("二、成本指标（10分）", "（一）经济成本指标", "统防统治每亩作业成本", "≤60元/亩", 10),
    ("三、效益指标（30分）", "（一）经济效益指标", "病虫害损失率下降", "≥2百分点", 15),
    (None, "（二）社会效益指标", "带动薏米种植户", "≥900户", 15),
    ("四、满意度指标（10分）", "（一）服务对象满意度指标", "种植户满意度", "≥90%", 10),
)  # fmt: skip


@variant(
    "gc04-yimi-department-points",
    (5, 10, 12),
    "department, NAT-2021, numbered tier labels with points and an indicator 分值 column, "
    "100 both ways, a rate fall in 百分点, tasks adding to 金额合计 (correct)",
)
def gc04() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="赭岭县薏米产业服务中心",
        goal=G04,
        tasks=TASKS04,
        budget=[tuple(wan(v) for v in (240, 210, 30, 95, 145))],
    )
    indicators(s, T04, head=(*HEAD_OP[:3], "指标值", "分值"))
    sign(s, "卢映川", "0741-3358210", day(2024, 11, 22))
    return b


G05A = "保障县薏米烘干中心全年运行，烘干薏米4500吨，烘干服务农户600户。"
T05A = (
    ("产出指标", "数量指标", "烘干薏米", "≥4500吨"),
    (None, None, "烘干服务农户", "≥600户"),
    (None, "质量指标", "烘干薏米含水率达标率", "≥95%"),
    (None, "时效指标", "烘干服务响应时间", "≤24小时"),
    (None, "成本指标", "每吨烘干运维成本", "≤90元"),
    ("效益指标", "经济效益指标", "农户每吨节约晾晒成本", "≥50元"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
)  # fmt: skip
G05B = "收集利用薏米秸秆3000吨，秸秆还田面积2000亩，全年无秸秆焚烧火点。"
T05B = (
    ("产出指标", "数量指标", "秸秆还田面积", "≥2000亩"),
    (None, None, "薏米秸秆收集利用量", "≥3000吨"),
    (None, None, "薏米秸秆还田面积", mk("≥1500亩", "D102", "error", row=True,
     alt=("D103", "D101", "D104"), note="同一指标多一个词，值与上面的2000亩不同")),
    (None, "质量指标", "秸秆综合利用率", "≥85%"),
    (None, "时效指标", "秸秆离田完成时间", "2025年11月30日前"),
    (None, "成本指标", "每吨秸秆收集补助", "≤60元"),
    ("效益指标", "生态效益指标", "秸秆焚烧火点", "=0个"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
)  # fmt: skip
MONEY05B = [
    ("中期资金总额", ok(wan(38), "error", note="同一错误在中期栏"), "年度资金总额",
     mk(wan(38), "B101", "error", note="30 + 12 = 42 ≠ 38")),
    ("其中：财政拨款", wan(30), "其中：财政拨款", wan(30)),
    ("其他资金", wan(12), "其他资金", wan(12)),
]  # fmt: skip


@variant(
    "gc05-yimi-stacked",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
    "parts do not add to its total, and one indicator twice with another value",
)
def gc05() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="薏米烘干中心运维项目",
        dept="苇塘县农业农村局 317",
        unit="苇塘县农机服务中心",
        money=funds((45, 45, 0)),
        goals=(G05A,),
    )
    indicators(s, T05A)
    s.skip()
    project_head(
        s,
        year=2025,
        name="薏米秸秆综合利用项目",
        dept="苇塘县农业农村局 317",
        unit="苇塘县农业生态环境站",
        money=MONEY05B,
        goals=(G05B,),
        title="",
    )
    indicators(s, T05B)
    return b


G06 = (
    "服务全乡薏米、红小豆种植户520户，开展技术培训12期，"
    "薏米病虫害发生率控制在8%以内，不发生农产品质量安全事故。"
)
T06 = (
    ("薏米红小豆种植技术培训", 15, "期", "≥", 12),
    ("服务种植户数量", 15, "户", "≥", 520),
    ("农技服务到位率", 15, "%", "≥", pct(0.95)),
    ("薏米病虫害发生率", 15, "%", "≤", pct(0.08)),
    ("病虫害损失下降率", 10, "%", "≥", pct(0.1)),
    ("农产品质量安全事故", 10, "起", "=", 0),
    ("种植户满意度", 20, "%", "≥", pct(0.9)),
    ("合计", 100, None, None, None),
)  # fmt: skip


@variant(
    "gc06-yimi-flat-list",
    (3, 1, 11),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percents, a 下降率 with ≥, 0起 on an incident count, weights to 100 (correct)",
)
def gc06() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="苇塘县澄沙乡农业综合服务站",
        goal=G06,
        budget=[tuple(wan(v) for v in (58, 50, 8, 22, 36))],
    )
    s.row("绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(T06)
    sign(s, "邝禾生", "0736-5907133", day(2024, 11, 26))
    return b
