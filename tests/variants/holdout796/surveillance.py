"""Campus video surveillance: six returns (kdz01-kdz06), three correct."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout796.common import (
    HEAD,
    YEAR,
    book,
    details,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout796.registry import variant
from tests.variants.kit import Book, mk, pct

CAM = "县级校园安全监控平台"


@variant(
    "kdz01-cctv-upgrade",
    (1, 7, 12),
    "project, NAT-2021, header 绩效目标值, money detail block, typed percents (correct)",
)
def cctv_upgrade() -> Book:
    b, s = book()
    goal = ("为全县27所中小学新增高清摄像头480个（其中室外260个、室内220个），接入"
            f"{CAM}，重点部位监控覆盖率达到100%，视频存储不少于90天。")  # fmt: skip
    project_head(s, year=YEAR, name="蓼洲县中小学校园视频监控高清化改造",
                 dept="蓼洲县教育局 306001", unit="蓼洲县教育技术装备中心",
                 money=one_year(200, 200, 0), goals=[goal])  # fmt: skip
    details(s, "资金明细", [("设备购置", 130), ("安装布线", 50), ("平台扩容", 20)], 200)
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("成本指标", "经济成本指标", "高清摄像头采购单价", "≤0.25万元/个"),
        ("产出指标", "数量指标", "新增高清摄像头数量", "≥480个"),
        (None, None, "接入平台学校数量", "≥27所"),
        (None, "质量指标", "重点部位监控覆盖率", pct(1)),
        (None, None, "设备安装验收合格率", pct(0.98)),
        (None, None, "视频存储时长", "≥90天"),
        (None, None, "监控设备故障率", "≤2%"),
        (None, "时效指标", "设备安装完成时间", "2026年9月30日前"),
        ("效益指标", "社会效益指标", "涉校案件视频取证成功率", "≥90%"),
        (None, "可持续影响指标", "监控设备运维机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学校师生满意度", pct(0.9)),
    ])  # fmt: skip
    signature(s, "程思远", "0736-5813207", (2025, 10, 28))
    return b


@variant(
    "kdz02-cctv-goal-mismatch",
    (7, 11),
    "project, NAT-2021: goal's school count, a quality rate under 时效, a next-year deadline",
)
def cctv_goal_mismatch() -> Book:
    b, s = book()
    goal = ("完成全区38所中小学校园视频监控联网改造，新增摄像头760个，2026年底前全部"
            "接入区级校园安全监控平台。")  # fmt: skip
    project_head(s, year=YEAR, name="桐皋区中小学校园监控联网改造",
                 dept="桐皋区教育体育局 411002", unit="桐皋区教育信息中心",
                 money=one_year(260, 260, 0), goals=[goal])  # fmt: skip
    indicators(s, HEAD, [
        ("成本指标", "经济成本指标", "摄像头采购单价", "≤0.2万元/个"),
        ("产出指标", "数量指标",
         "联网学校数量", mk("≥36所", "D104", "warning", row=True,
                          note="年度目标写全区38所学校联网，指标只有36所")),
        (None, None, "新增摄像头数量", "≥760个"),
        (None, "质量指标", "监控画面清晰度达标率", "≥95%"),
        (None, "时效指标",
         mk("监控设备完好率", "F201", "warning", row=True,
            note="完好率是质量指标，填在时效指标下"), "≥98%"),
        (None, None, "平台接入完成时间",
         mk("2027年6月30日前", "Y102", "error", alt=("D104", "Y103"),
            note="一年期项目（2026年）的期限落在2027年，也与年度目标的2026年底前矛盾")),
        ("效益指标", "社会效益指标", "涉校案件视频取证成功率", "≥90%"),
        (None, "可持续影响指标", "监控运维管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdz03-cctv-three-year",
    (8, 10),
    "three-year project, NAT-2021, 中期 and 年度 columns, a rate raised in 百分点 (correct)",
)
def cctv_three_year() -> Book:
    b, s = book()
    period = ("2026—2028年为全市120所中小学完成监控高清化改造，重点部位监控覆盖率达到100%，"
              "为2029年全市推广校园智能预警积累经验。")  # fmt: skip
    annual = "2026年完成40所学校监控高清化改造，重点部位监控覆盖率比上年提高8个百分点。"
    project_head(s, year=YEAR, name="沅泊市中小学智慧安防监控三年提升工程",
                 dept="沅泊市教育局 502001", unit="沅泊市教育装备与安全服务中心",
                 money=multi_year(900, 300), goals=[period, annual], years=3)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "单校改造成本", "≤7.5万元/所", "≤7.5万元/所"),
        ("产出指标", "数量指标", "完成高清化改造学校数", "≥120所", "≥40所"),
        (None, None, "更换高清摄像头数量", "≥2400个", "≥800个"),
        (None, "质量指标", "改造项目验收合格率", "=100%", "=100%"),
        (None, None, "重点部位监控覆盖率", pct(1), "≥92%"),
        (None, "时效指标", "改造任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("效益指标", "社会效益指标", "重点部位监控覆盖率提高幅度", "≥16百分点", "≥8百分点"),
        (None, None, "校园安全事件视频可追溯率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "学校安全管理人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdz04-cctv-midterm-copy",
    (8,),
    "two-year project, NAT-2021, 中期/年度: goal text copied, a year's count above the period's",
)
def cctv_midterm_copy() -> Book:
    b, s = book()
    text = "建成县级校园视频监控平台二期，接入全县45所学校共1350路视频，实现重点部位全覆盖。"
    copied = mk(text, "D204", "warning", alt=("D104",), note="年度目标逐字照抄中期目标")
    project_head(s, year=YEAR, name="鹭汀县校园视频监控平台二期",
                 dept="鹭汀县教育局 618001", unit="鹭汀县教育技术中心",
                 money=multi_year(360, 200), goals=[text, copied], years=2)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "单路视频接入成本", "≤0.12万元/路", "≤0.12万元/路"),
        ("产出指标", "数量指标", "接入学校数量", "≥45所", "≥25所"),
        (None, None, "接入视频路数", "≥1350路",
         mk("≥1500路", "D201", "error", note="一年的路数超过两年累计的1350路")),
        (None, "质量指标", "视频在线率", "≥98%", "≥98%"),
        (None, "时效指标", "平台上线时间", "2027年12月31日前", "2026年12月31日前"),
        ("效益指标", "社会效益指标", "校园安全事件处置响应时间", "≤15分钟", "≤15分钟"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdz05-stacked-cctv",
    (2, 4),
    "two projects stacked, OLD-NAT, one value column, 注 rows, signature (correct)",
)
def stacked_cctv() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="苕川区中小学校园监控运维服务",
                 dept="苕川区教育局 702001", unit="苕川区教育后勤服务中心",
                 money=one_year(86, 86, 0),
                 goals=["对全区1720个校园监控点位开展全年运维，故障48小时内修复。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "运维监控点位数量", "≥1720个"),
        (None, "质量指标", "监控设备完好率", "≥97%"),
        (None, "时效指标", "设备故障修复时间", "≤48小时"),
        (None, "成本指标", "点位年运维单价", "≤0.05万元/个"),
        ("效益指标", "社会效益指标", "涉校案件视频调取成功率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "学校及家长满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：运维服务按季度考核，点位清单见附件1。")
    s.skip()
    project_head(s, year=YEAR, name="苕川区公办幼儿园视频监控补点",
                 dept="苕川区教育局 702001", unit="苕川区学前教育指导中心",
                 money=one_year(42, 30, 12), title="",
                 goals=["为35所公办幼儿园补装摄像头420个（每所12个）。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "补点幼儿园数量", "≥35所"),
        (None, None, "新增摄像头数量", "≥420个"),
        (None, "质量指标", "安装验收合格率", "100%"),
        (None, "时效指标", "补点完成时间", "2026年8月31日前"),
        (None, "成本指标", "摄像头采购安装单价", "≤0.1万元/个"),
        ("效益指标", "社会效益指标", "幼儿园重点区域监控覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "学校及家长满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "注：其他资金12万元为幼儿园保教费结余安排。")
    signature(s, "罗安澜", "0739-6620418", (2025, 11, 6))
    return b


@variant(
    "kdz06-export-cctv",
    (7, 9, 12),
    "budget-system export, codes in the first columns, table on the second sheet: "
    "lines ≠ 合计, unit cost × count above the money, last year's deadline",
)
def export_cctv() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 12, 18, 30, 18, 18))
    s.title("2026年部门项目支出预算", 6)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "支出明细", "金额")
    unit, code, name = "803012", "80301226001", "校园监控设备更新"
    for item, amount in (("摄像头购置", 120), ("存储设备", 45), ("布线施工", 35)):
        s.row(unit, "鹭汀县第二中学", code, name, item, wan(amount))
    s.row(None, None, None, name, "合计",
          mk(wan(210), "B102", "error", note="明细120+45+35=200，合计写210"))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 14, 14, 16, 30, 20))
    t.title("2026年部门项目支出绩效目标", 6)
    t.row(
        "单位编码", unit, "项目编码", code, "年度目标", "更新全校监控摄像头500个，覆盖全部教学区。"
    )
    cost = mk("≤0.45万元/个", "B107", "warning", row=True,
              note="0.45万元×500个=225万元，超过项目资金")  # fmt: skip
    late = mk("2025年11月30日前", "Y102", "error", alt=("Y103", "Y101"),
              note="上一年度的期限留在2026年项目中")  # fmt: skip
    indicators(t, ("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值"), [
        (unit, code, "成本指标", "经济成本指标", "摄像头采购单价", cost),
        (unit, code, "产出指标", "数量指标", "新增摄像头数量", "≥500个"),
        (unit, code, None, "质量指标", "设备验收合格率", "≥98%"),
        (unit, code, None, "时效指标", "设备安装完成时间", late),
        (unit, code, "效益指标", "社会效益指标", "教学区监控覆盖率", "≥95%"),
        (unit, code, "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b
