"""部门整体 tables: budget blocks across and down the sheet, shares, key tasks with one or three
amount columns, a prior-year block (pa01–pa06, pa17)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout199.common import (
    ONE,
    SHARE,
    block,
    book,
    indicators,
    sign,
    tasks,
    vertical_budget,
    wan,
)
from tests.variants.holdout199.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct


@variant("pa01-tasks-only-project-spending", (4, 12), "department, NAT-2021: the key tasks "
         "add up to 项目支出 400 while 资金总额 1260 also holds 基本支出 860, said so in the "
         "金额合计 row and a note (correct)")  # fmt: skip
def pa01() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="临溪县文化和旅游局",
        budget=[(wan(1260), wan(1180), wan(80), wan(860), wan(400))],
        tasks=[
            ("公共文化场馆免费开放", "县图书馆、文化馆、博物馆免费开放运行保障", wan(180),
             "三馆全年免费开放不少于300天"),
            ("送戏下乡", "组织文艺团队赴乡镇、村演出", wan(96), "全年送戏下乡120场"),
            ("非遗保护传承", "非遗项目数字化记录及传承人培训", wan(124), "数字化记录非遗项目12项"),
            ("金额合计（仅含项目支出）", "基本支出860.00万元为人员经费和日常公用经费，未列入",
             wan(400), None),
        ],
        goal="保障三馆全年免费开放不少于300天，送戏下乡120场，完成非遗项目数字化记录12项，"
             "群众满意度达到90%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "公共文化场馆免费开放天数", "≥300天"),
        (None, None, "送戏下乡演出场次", "≥120场"),
        (None, None, "非遗项目数字化记录数", "≥12项"),
        (None, "质量指标", "非遗数字化记录验收合格率", "≥95%"),
        (None, "时效指标", "送戏下乡演出完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单场送戏下乡演出补助", "≤0.8万元/场"),
        ("效益指标", "社会效益指标", "公共文化场馆年接待人次", "≥25万人次"),
        (None, "可持续影响指标", "非遗传承人培训机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    s.row("注：年度主要任务只列项目支出，金额合计与项目支出400.00万元一致；基本支出不列入。",
          merge=[(1, 6)])  # fmt: skip
    sign(s, "程雨桐", "闵志远", "0591-85230417")
    return b


@variant("pa02-shares-rounded", (12,), "department, NAT-2021, budget down the sheet with 占比 "
         "(85.7% + 14.3%, 67.1% + 32.9%) and task shares (40.0% + 33.9% + 26.1%) that add up "
         "to 100% only after rounding (correct)")  # fmt: skip
def pa02() -> Book:
    b, s = book("Sheet1")
    vertical_budget(s, year=2026, dept="白沙河区疾病预防控制中心", rows=[
        ("资金总额", wan(700), pct(1, SHARE)),
        ("其中：财政拨款", wan(600), pct(0.857, SHARE)),
        ("其他资金", wan(100), pct(0.143, SHARE)),
        ("基本支出", wan(470), pct(0.671, SHARE)),
        ("项目支出", wan(230), pct(0.329, SHARE)),
    ])  # fmt: skip
    tasks(s, ("任务名称", "预算金额（万元）", "占项目支出比例", "期望达到的目标"), [
        ("免疫规划", wan(92), pct(0.4, SHARE), "接种免疫规划疫苗12万剂次"),
        ("传染病监测", wan(78), pct(0.339, SHARE), "设置传染病监测哨点15个"),
        ("慢性病防控", wan(60), pct(0.261, SHARE), "慢性病患者规范管理率70%以上"),
        ("金额合计", wan(230), pct(1, SHARE), None),
    ])  # fmt: skip
    s.row("年度总体目标", "全年接种免疫规划疫苗12万剂次，传染病网络直报及时率达到100%，慢性病"
          "患者规范管理率达到70%以上。", merge=[(2, 6)])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "免疫规划疫苗接种剂次", "≥12万剂次"),
        (None, None, "传染病监测哨点数", "≥15个"),
        (None, "质量指标", "慢性病患者规范管理率", "≥70%"),
        (None, "时效指标", "传染病网络直报及时率", pct(1)),
        (None, None, "传染病疫情报告时限", "≤2小时"),
        ("成本指标", "经济成本指标", "单剂次接种服务补助", "≤5元/剂次"),
        ("效益指标", "社会效益指标", "适龄儿童免疫规划疫苗接种率", "≥95%"),
        (None, "可持续影响指标", "疾病监测预警机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "接种儿童家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pa03-basic-plus-project-off", (12,), "department, NAT-2021: 基本支出 640 + 项目支出 "
         "320 = 960 against 资金总额 980 (财政拨款 + 其他资金 adds up); a task amount typed as "
         "450,000.00元 in the 万元 task column")  # fmt: skip
def pa03() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="青岚市司法局", filled=day(2025, 11, 25),
        budget=[(mk(wan(980), "B101", "error", row=True, note="基本支出 640 + 项目支出 320 = 960"),
                 wan(900), wan(80), wan(640), wan(320))],
        tasks=[
            ("普法宣传", "开展“八五”普法主题宣传活动", wan(85), "全年开展普法宣传活动60场"),
            ("法律援助", "办理法律援助案件及值班律师补贴",
             mk(money(450000, YUAN), "B105", "error", row=True, alt=("B110",),
                note="45万元 typed in 元 in a 万元 column"), "办理法律援助案件300件"),
            ("人民调解", "人民调解员案件补贴及培训", wan(190), "调解成功率95%以上"),
            ("金额合计", None, wan(320), None),
        ],
        goal="开展普法宣传活动60场，办理法律援助案件300件，矛盾纠纷调解成功率保持在95%以上。",
    )  # fmt: skip
    b.file_mark("B102", "error", required=False, note="the 元 line makes the tasks not add up")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "普法宣传活动场次", "≥60场"),
        (None, None, "办理法律援助案件数", "≥300件"),
        (None, "质量指标", "人民调解协议履行率", "≥95%"),
        (None, "时效指标", "法律援助申请审查时限", "≤7个工作日"),
        ("成本指标", "经济成本指标", "法律援助案件平均补贴", "≤1400元/件"),
        (None, None, "单场普法宣传活动经费", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "矛盾纠纷调解成功率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pa04-tasks-not-sum-weights", (12,), "department, NAT-2021, weight column adding "
         "to 100: four key tasks 210 + 140 + 96 + 64 = 510 against 金额合计 520")  # fmt: skip
def pa04() -> Book:
    b, s = book("绩效目标表", (16, 18, 30, 18, 18, 10))
    department_head(
        s, year=2026, dept="白沙河区教育局",
        budget=[(wan(2350), wan(2200), wan(150), wan(1830), wan(520))],
        tasks=[
            ("学生资助", "家庭经济困难学生生活补助", wan(210), "资助学生1400人"),
            ("校园安全", "中小学校视频监控系统升级", wan(140), "完成40所学校监控系统升级"),
            ("教师培训", "中小学教师全员培训", wan(96), "培训教师600人次"),
            ("教育信息化", "智慧校园平台运行维护", wan(64), "平台稳定运行"),
            ("金额合计", None, mk(wan(520), "B102", "error", row=True,
                                  note="210 + 140 + 96 + 64 = 510"), None),
        ],
        goal="资助家庭经济困难学生1400人，培训中小学教师600人次，完成40所学校视频监控系统升级，"
             "家长满意度达到90%以上。",
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "资助家庭经济困难学生人数", "≥1400人", 10),
        (None, None, "培训中小学教师人次", "≥600人次", 10),
        (None, None, "视频监控系统升级学校数", "≥40所", 10),
        (None, "质量指标", "资助对象认定准确率", pct(1), 10),
        (None, "时效指标", "资助资金发放完成时间", "2026年11月30日前", 10),
        ("成本指标", "经济成本指标", "教师培训人均费用", "≤1500元/人次", 10),
        ("效益指标", "社会效益指标", "家庭经济困难学生资助覆盖率", pct(1), 15),
        (None, "可持续影响指标", "智慧校园平台运行稳定率", "≥99%", 15),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("pa05-share-and-yuan-task", (12,), "department, NAT-2021, budget down the sheet with "
         "占比: 其他资金 150 of 1200 shown as 15.0%; a task amount typed as 860000 (元) in the "
         "万元 task column")  # fmt: skip
def pa05() -> Book:
    b, s = book("Sheet1")
    vertical_budget(s, year=2026, dept="临溪县水利局", filled=day(2025, 11, 10), rows=[
        ("资金总额", wan(1200), pct(1, SHARE)),
        ("其中：财政拨款", wan(1050), pct(0.875, SHARE)),
        ("其他资金", wan(150),
         mk(pct(0.15, SHARE), "B111", "error", note="150 ÷ 1200 = 12.5%")),
        ("基本支出", wan(780), pct(0.65, SHARE)),
        ("项目支出", wan(420), pct(0.35, SHARE)),
    ])  # fmt: skip
    tasks(s, ("任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"), [
        ("河道保洁", "县域主要河道日常保洁", wan(160), "保洁河道120公里"),
        ("水质监测", "县控断面水质监测",
         mk(money(860000), "B110", "error", row=True, alt=("B105",),
            note="86万元 typed in 元 in a 万元 block"), "监测断面24个"),
        ("防汛物资储备", "补充防汛抢险物资", wan(174), "汛前储备到位"),
        ("金额合计", None, wan(420), None),
    ])  # fmt: skip
    b.file_mark("B102", "error", required=False, note="the 元 line makes the tasks not add up")
    s.row("年度总体目标", "完成120公里河道日常保洁，开展24个断面水质监测，防汛物资于汛前储备"
          "到位，县控断面水质达标率达到90%以上。", merge=[(2, 6)])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "河道保洁长度", "≥120公里"),
        (None, None, "水质监测断面数", "≥24个"),
        (None, "质量指标", "水质监测数据有效率", "≥98%"),
        (None, "时效指标", "防汛物资储备完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "河道保洁单价", "≤1.2万元/公里"),
        ("效益指标", "生态效益指标", "县控断面水质达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pa06-task-columns-bracket-note", (12,), "department, NAT-2021, key tasks after the "
         "goal with 总额 · 财政拨款 · 其他资金 columns; one total written 150（其中装备购置90）; "
         "every row and column adds up (correct)")  # fmt: skip
def pa06() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="青岚市应急管理局",
        budget=[(wan(1420), wan(1340), wan(80), wan(1060), wan(360))],
        goal="全年开展安全生产执法检查600家次，应急物资储备达到40类，救援队伍训练考核达标率"
             "95%以上。",
    )  # fmt: skip
    tasks(s, ("任务名称", "预算金额（万元）", "其中：财政拨款", "其他资金", "期望达到的目标"), [
        ("应急救援队伍建设", "150（其中装备购置90）", wan(130), wan(20),
         "队伍训练考核达标率95%以上"),
        ("安全生产执法检查", wan(86), wan(86), wan(0), "检查企业600家次"),
        ("应急物资储备", wan(124), wan(104), wan(20), "储备物资达到40类"),
        ("金额合计", wan(360), wan(320), wan(40), None),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "安全生产执法检查企业数", "≥600家次"),
        (None, None, "应急物资储备品类", "≥40类"),
        (None, "质量指标", "应急救援队伍训练考核达标率", "≥95%"),
        (None, "时效指标", "汛前应急物资补充完成时间", "2026年4月30日前"),
        ("成本指标", "经济成本指标", "应急救援装备购置费用", "≤90万元"),
        ("效益指标", "社会效益指标", "生产安全事故死亡人数下降率", "≥5%"),
        (None, "可持续影响指标", "应急预案动态修订机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邱晨阳", "柏静怡", "0591-86118840")
    return b


@variant("pa17-prior-year-execution", (12,), "department, NAT-2021, a prior-year block by "
         "基本支出 / 项目支出 / 合计: 项目支出 executed 152.4 against a budget of 140, the "
         "executed 合计 531.0 ≠ 388.6 + 152.4")  # fmt: skip
def pa17() -> Book:
    b, s = book("部门整体支出")
    department_head(
        s, year=2026, dept="青岚市统计局", filled=day(2025, 12, 2),
        budget=[(wan(560), wan(500), wan(60), wan(410), wan(150))],
        tasks=[
            ("统计调查", "组织实施各项统计调查", wan(80), "完成统计调查项目28项"),
            ("统计执法检查", "对调查对象开展统计执法检查", wan(25), "检查调查对象120家"),
            ("数据质量核查", "统计数据质量抽查及年鉴编印", wan(45), "10月底前出版统计年鉴"),
            ("金额合计", None, wan(150), None),
        ],
        goal="完成统计调查项目28项，对120家调查对象开展统计执法检查，统计数据上报及时率达到"
             "98%以上，10月底前出版统计年鉴。",
    )  # fmt: skip
    block(s, "预算执行情况（万元）", ("项目", "上年预算数", "上年执行数", "本年预算数"), [
        ("基本支出", wan(395), wan(388.6), wan(410)),
        ("项目支出", wan(140),
         mk(wan(152.4), "B104", "warning", row=True, note="executed above its budget of 140"),
         wan(150)),
        ("合计", wan(535),
         mk(wan(531), "B101", "error", row=True, alt=("B102",), note="388.6 + 152.4 = 541.0"),
         wan(560)),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "完成统计调查项目数", "≥28项"),
        (None, None, "统计执法检查调查对象数", "≥120家"),
        (None, "质量指标", "统计数据差错率", "≤1%"),
        (None, "时效指标", "统计数据上报及时率", "≥98%"),
        (None, None, "统计年鉴出版时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "统计执法检查单户成本", "≤0.2万元/家"),
        ("效益指标", "社会效益指标", "统计信息网站年访问量", "≥50万人次"),
        (None, "可持续影响指标", "统计数据质量控制体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "统计数据使用者满意度", "≥90%"),
    ])  # fmt: skip
    return b
