"""Department returns, exports and template rows (uc13–uc18): money blocks, notes and a page
break, a second-sheet export, template rows left empty, header words."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout331.common import (
    department,
    indicators,
    notes,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout331.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
SHARE = "0.0%"


def _nat2021(s: Sheet, extra: str) -> None:
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "巡查河段长度", "≥420公里"),
        (None, None, "维护危险水域警示设施", "≥1500处"),
        (None, None, extra, "≥80场"),
        (None, "质量指标", "警示设施完好率", "≥95%"),
        (None, "时效指标", "汛前隐患排查完成时间", "2025年5月31日前"),
        ("成本指标", "经济成本指标", "警示设施单处年维护成本", "≤800元/处"),
        ("效益指标", "社会效益指标", "辖区溺水事故下降率", "≥10%"),
        (None, "可持续影响指标", "河湖安全管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ])  # fmt: skip


@variant(
    "uc13-department-money",
    (12,),
    "department, NAT-2021: budget with a share row, key "
    "tasks adding to 金额合计 = 项目支出, a note explaining the total (correct)",
)
def uc13() -> Book:
    b, s = start()
    department(
        s,
        dept="蔺湾县水利局",
        budget=[
            (wan(1250), wan(1180), wan(70), wan(860), wan(390)),
            (
                pct(1, SHARE),
                pct(0.944, SHARE),
                pct(0.056, SHARE),
                pct(0.688, SHARE),
                pct(0.312, SHARE),
            ),
        ],
        goal="落实河湖水域安全管护，危险水域警示设施完好率95%以上，溺水事故持续下降。",
        tasks=[
            ("河湖水域安全巡查", "汛期巡查420公里河段", money(160), "隐患及时整改"),
            ("危险水域警示设施维护", "维护警示牌、防护栏1500处", money(130), "完好率≥95%"),
            ("防溺水宣传进村入校", "宣传活动80场", money(100), "群众知晓"),
            ("金额合计", None, money(390), None),
        ],
    )
    notes(s, "注：金额合计为项目支出，不含基本支出860万元。")
    _nat2021(s, "防溺水宣传进村入校活动")
    return b


@variant(
    "uc14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, a share that does not match its amount, tasks not adding to 金额合计",
)
def uc14() -> Book:
    b, s = start()
    total = mk(wan(980), "B101", "error", note="640 + 320 = 960, not 980")
    share = mk(pct(0.839, SHARE), "B111", "error", note="920 ÷ 980 = 93.9%, not 83.9%")
    whole = ok(pct(1, SHARE), "error", note="shares of parts that do not add up cannot sum")
    department(
        s,
        dept="潆水区教育局",
        budget=[
            (total, wan(920), wan(60), wan(640), wan(320)),
            (whole, share, pct(0.061, SHARE), pct(0.653, SHARE), pct(0.327, SHARE)),
        ],
        goal="全区中小学防溺水教育全覆盖，暑期开放学校游泳池，学校周边水域警示到位。",
        tasks=[
            ("防溺水专题教育", "专题课、家长会、告知书", money(120), "全覆盖"),
            ("暑期游泳池开放补助", "12所学校泳池暑期开放", money(110), "开放≥40天"),
            ("学校周边水域警示", "警示牌及防护设施", money(80), "重点水域全覆盖"),
            ("金额合计", None, mk(money(320), "B102", "error", note="120 + 110 + 80 = 310"), None),
        ],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "开展防溺水专题教育学校", "≥74所"),
        (None, None, "暑期开放学校游泳池", "≥12所"),
        (None, "质量指标", "学生防溺水知识测试合格率", "≥95%"),
        (None, "时效指标", "游泳池暑期开放天数", "≥40天"),
        ("成本指标", "经济成本指标", "单所泳池暑期开放补助", "≤9万元/所"),
        ("效益指标", "社会效益指标", "学生防溺水安全知识知晓率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "uc15-notes-page-break",
    (4,),
    "project, OLD-NAT, weight column: an instruction row "
    "inside the table, 小计 rows, the header repeated after a page break, a 合计 row, "
    "notes, signature and a fill date in the year before (correct)",
)
def uc15() -> Book:
    b, s = start()
    project(
        s,
        name="楮山市青少年游泳技能免费培训项目",
        dept="楮山市体育局（227）",
        unit="楮山市游泳运动协会",
        total=90,
        fin=84,
        other=6,
        goal="暑期为2400名青少年免费开展游泳及自救技能培训，结业学员达标率90%以上。",
    )
    words = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.row(*words)
    notes(s, "说明：“≥”表示不低于，“≤”表示不高于；权重合计100。", width=5)
    s.table([
        ("产出指标", "数量指标", "免费培训青少年人数", "≥2400人", 15),
        (None, None, "开设培训班期数", "≥60期", 10),
        (None, "质量指标", "结业学员游泳技能达标率", "≥90%", 10),
        (None, None, "教练员持证上岗率", pct(1), 10),
        (None, "时效指标", "暑期培训完成时间", "2025年8月31日前", 5),
        (None, "成本指标", "人均培训成本", "≤300元/人", 10),
        ("小计", "", "", "", 60),
    ], merged=(1, 2))  # fmt: skip
    s.row(*words)
    s.table([
        ("效益指标", "社会效益指标", "参训学员自救技能掌握率", "≥85%", 15),
        (None, "可持续影响指标", "公益培训场馆合作机制", "建立并执行", 10),
        ("小计", "", "", "", 25),
        ("满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥90%", 15),
        ("小计", "", "", "", 15),
        ("合计", "", "", "", 100),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "注：1. 指标值以2025年暑期培训结束时的统计为准。",
        "填表说明：指标值应量化，定性指标填写“建立并执行”“健全”等。",
        width=5,
    )
    sign(s, "贺明川", "0731-6832419", day(2024, 12, 6))
    return b


@variant(
    "uc16-export-second-sheet",
    (7,),
    "budget-system export: budget on a first sheet, the "
    "indicator table on a second sheet under a title and unit line, codes in the first "
    "columns, header 绩效目标值: a next-year deadline, a 时限 given as a percentage",
)
def uc16() -> Book:
    b, s = start("项目支出预算05-1", (12, 22, 14, 30, 12, 10, 12, 12, 12))
    s.title("2025年部门项目支出预算", 9)
    s.row("单位：万元")
    s.row(
        "单位编码",
        "单位名称",
        "项目编码",
        "项目名称",
        "项目类别",
        "预算年度",
        "资金总额",
        "财政拨款",
        "其他资金",
    )
    s.row(
        "301006",
        "蔺湾县教育局",
        "XM2025-0417",
        "中小学救生器材及防溺水设施配置",
        "一次性项目",
        2025,
        wan(45),
        wan(42),
        wan(3),
    )
    t = b.sheet("项目支出绩效目标05-2", (12, 14, 12, 14, 30, 20, 12))
    t.title("2025年部门项目支出绩效目标", 7)
    t.row("单位：蔺湾县教育局")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "绩效目标值", "计量单位")
    late = mk("2026年3月31日前", "Y102", "error", note="one-year 2025 project, 2026 deadline")
    pc = mk(pct(1), "T113", "warning", note="a 时限 given as 100%")
    rows = [
        ("产出指标", "数量指标", "配置救生圈", "≥300", "个"),
        ("产出指标", "数量指标", "配置救生绳", "≥300", "根"),
        ("产出指标", "质量指标", "救生器材验收合格率", "≥98", "%"),
        ("产出指标", "时效指标", "器材配发完成时间", late, None),
        ("产出指标", "时效指标", "器材使用培训完成时限", pc, None),
        ("产出指标", "成本指标", "救生器材单套成本", "≤900", "元/套"),
        ("效益指标", "社会效益指标", "学校周边重点水域救生器材覆盖率", "≥95", "%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90", "%"),
    ]
    for r in rows:
        t.row("301006", "XM2025-0417", *r)
    return b


@variant(
    "uc17-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a template tier-2 "
    "left without indicator, a value without a name, =95% on a satisfaction rate",
)
def uc17() -> Book:
    b, s = start()
    project(
        s,
        name="潆水区“防溺水·平安暑假”宣传教育项目",
        dept="潆水区教育局（503）",
        unit="潆水区青少年校外活动中心",
        total=32,
        fin=30,
        other=2,
        goal="暑期开展防溺水宣传进社区40场，发放宣传折页2万份，家长防溺水知识知晓率90%以上。",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "防溺水宣传进社区场次", "≥40场"),
        (None, None, "发放防溺水宣传折页", "≥20000份"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥4200人次"),
        (None, "质量指标", "宣传资料内容准确率", "≥98%"),
        (None, "时效指标", "宣传活动完成时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "宣传折页印制单价", "≤0.8元/份"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        ("效益指标", "社会效益指标", "学生家长防溺水知识知晓率", "≥90%"),
        (None, "可持续影响指标", "社区防溺水宣传长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度",
         mk("=95%", "T107", "warning", note="= on a satisfaction rate, ≥ meant")),
    ])  # fmt: skip
    return b


@variant(
    "uc18-two-row-header",
    (7, 8),
    "one-year project, NAT-2021, two-row header (指标内容 "
    "under 绩效标准 split into 实施期 and 年度), equal columns and equal goals, typed "
    "percentages (correct)",
)
def uc18() -> Book:
    b, s = start()
    text = "在城区36处危险水域安装智能语音警示杆并接入监控预警平台，闯入预警处置率90%以上。"
    project_head(
        s,
        year=2025,
        name="楮山市危险水域智能语音警示项目",
        dept="楮山市水务局（239）",
        unit="楮山市河湖管理中心",
        money=[
            ("中期资金总额", wan(56), "年度资金总额", wan(56)),
            ("其中：财政拨款", wan(50), "其中：财政拨款", wan(50)),
            ("其他资金", wan(6), "其他资金", wan(6)),
        ],
        goals=[text, text],
    )
    s.row("一级指标", "二级指标", "指标内容", "绩效标准", None, merge=[(4, 5)])
    s.row(None, None, None, "实施期", "年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "安装智能语音警示杆", "≥36根", "≥36根"),
        (None, "质量指标", "监控预警设备在线率", pct(0.95), pct(0.95)),
        (None, "时效指标", "设备安装调试完成时间", "2025年6月15日前", "2025年6月15日前"),
        ("成本指标", "经济成本指标", "语音警示杆单价", "≤1.2万元/根", "≤1.2万元/根"),
        ("效益指标", "社会效益指标", "危险水域闯入预警处置率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "设备运维期限", "≥3年", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b
