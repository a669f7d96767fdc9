"""Returns about CCTV upgrades on campus (校园视频监控升级): kfb07 to kfb12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout824.common import (
    HEAD,
    details,
    first,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout824.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct


@variant("kfb07-cctv-points", (5, 10),
         "project, NAT-2021, header 绩效目标值, numbered tier labels with points and an indicator "
         "score column (100 both ways), a coverage rate raised in 百分点 (correct)")  # fmt: skip
def kfb07() -> Book:
    b, s = first()
    project_head(s, year=2026, name="沙屿区中小学校园视频监控系统升级项目",
                 dept="沙屿区教育局 405002", unit="沙屿区教育装备与信息中心",
                 money=one_year(268, 250, 18),
                 goals=["对辖区19所学校的视频监控系统升级改造，新增高清摄像头420个（其中室外"
                        "260个、室内160个），录像保存不少于90天。"])  # fmt: skip
    rows = [
        ("一、产出指标（40分）", "数量指标", "新增高清摄像头数量", "≥420个", 10),
        (None, None, "升级改造学校数", "19所", 10),
        (None, "质量指标", "设备验收合格率", pct(1), 10),
        (None, "时效指标", "系统升级完成时间", "2026年9月1日前", 10),
        ("二、成本指标（20分）", "经济成本指标", "摄像头综合单价", "≤0.45万元/个", 10),
        (None, None, "平台软件升级费用", "≤38万元", 10),
        ("三、效益指标（30分）", "社会效益指标", "监控画面有效覆盖率", "提高≥12百分点", 15),
        (None, "可持续影响指标", "视频录像保存时长", "≥90天", 15),
        ("四、满意度指标（10分）", "服务对象满意度指标", "师生安全感满意度", "≥90%", 10),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值", "分值"), rows)
    note(s, "注：一级指标括号内为该类指标分值，分值列为各三级指标分值，两者合计均为100分。")
    sign(s, "钟予安", "0771-5527183", (2025, 11, 21))
    return b


@variant("kfb08-cctv-leftovers", (6, 9),
         "project, OLD-NAT, one value column: a template example row, last year's year in an "
         "indicator name, an acceptance deadline after the one-year project")  # fmt: skip
def kfb08() -> Book:
    b, s = first()
    project_head(s, year=2026, name="禾岗市城区学校视频监控补点项目", dept="禾岗市教育局 301004",
                 unit="禾岗市教育技术装备站", money=one_year(150, 150, 0),
                 goals=["为城区11所学校补装监控点位260个，全部接入市级校园安防平台。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "补装监控点位数量", "≥260个"),
        (None, None, "接入市级平台学校数", "11所"),
        (None, None, "（示例）新建××工程数量", mk("≥XX个", "X101", "error", note="模板示例行未删")),
        (None, "质量指标", "设备安装验收合格率", "100%"),
        (
            None,
            "时效指标",
            "项目竣工验收时间",
            mk(
                "2027年6月30日前",
                "Y102",
                "error",
                alt=("Y103",),
                note="一年期项目计划完成日期为2026-12-31",
            ),
        ),
        (None, "成本指标", "单点位综合造价", "≤0.5万元/个"),
        (
            "效益指标",
            "社会效益指标",
            "2025年度视频巡查隐患整改率",
            mk("≥95%", "Y103", "warning", row=True, alt=("Y101",), note="上一年度申报表留下的年份"),
        ),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ]
    indicators(s, HEAD, rows)
    sign(s, "盘立新", "0773-8862291", (2025, 12, 4))
    return b


@variant("kfb09-cctv-export", (7, 12),
         "budget-system export: money sheet 部门项目支出预算05-1 with codes, indicator "
         "table on sheet 部门项目支出绩效目标05-2 under a header on the third row, header "
         "预期实现值 (correct)")  # fmt: skip
def kfb09() -> Book:
    b, s = first("部门项目支出预算05-1", (10, 16, 18, 30, 14, 14, 14))
    name, code = "栖梧县寄宿制学校宿舍区智慧安防监控升级项目", "52330126T000018"
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("207001", "栖梧县教育局", code, name, wan(96), wan(90), wan(6))
    s.row("年度绩效目标", "完成全县9所寄宿制学校宿舍区监控升级，新增摄像头180个（其中宿舍楼道"
          "150个、围墙周界30个），夜间监控全覆盖。", merge=[(2, 7)])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (18, 12, 14, 18, 26, 10, 12, 10))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位：栖梧县教育局", None, None, None, None, None, "金额单位：万元")
    head = ("项目编码", "单位编码", "一级指标", "二级指标", "三级指标", "指标性质", "预期实现值",
            "度量单位")  # fmt: skip
    rows = [
        (code, "207001", "产出指标", "数量指标", "新增摄像头数量", "≥", 180, "个"),
        (code, "207001", None, None, "升级学校数", "=", 9, "所"),
        (code, "207001", None, "质量指标", "设备验收合格率", "=", pct(1), "%"),
        (code, "207001", None, "时效指标", "升级完成时间", "≤", day(2026, 8, 25, CN_DATE), None),
        (code, "207001", "成本指标", "经济成本指标", "摄像头采购单价", "≤", 0.32, "万元/个"),
        (code, "207001", "效益指标", "社会效益指标", "宿舍区夜间监控覆盖率", "≥", pct(0.95), "%"),
        (
            code,
            "207001",
            "满意度指标",
            "服务对象满意度指标",
            "寄宿生家长满意度",
            "≥",
            pct(0.9),
            "%",
        ),
    ]
    indicators(t, head, rows, merged=(3, 4))
    return b


@variant("kfb10-cctv-money-wrong", (12,),
         "project, OLD-NAT, detail lines under the table: 年度资金总额 ≠ 财政拨款 + 其他资金, "
         "lines not adding to 合计, a school count below the goal's")  # fmt: skip
def kfb10() -> Book:
    b, s = first()
    total = mk(wan(200), "B101", "error", note="财政拨款180 + 其他资金30 = 210")
    project_head(s, year=2026, name="禾岗市中小学校园视频监控联网升级项目",
                 dept="禾岗市教育局 301004", unit="禾岗市教育技术装备站",
                 money=one_year(total, 180, 30),
                 goals=["完成全市48所中小学校园视频监控联网升级，接入公安视频专网。"])  # fmt: skip
    rows = [
        (
            "产出指标",
            "数量指标",
            "联网升级学校数",
            mk("≥46所", "D104", "warning", row=True, note="年度目标写48所"),
        ),
        (None, None, "前端高清摄像头更换数量", "≥600个"),
        (None, "质量指标", "联网视频在线率", "≥98%"),
        (None, "时效指标", "联网升级完成时间", "2026年10月31日前"),
        (None, "成本指标", "摄像头更换单价", "≤0.2万元/个"),
        ("效益指标", "社会效益指标", "涉校警情视频调阅响应时间", "≤10分钟"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%"),
    ]
    indicators(s, HEAD, rows)
    details(s, [("前端设备购置", 120), ("传输网络改造", 45), ("平台扩容", 30)],
            mk(wan(200), "B102", "error", note="120 + 45 + 30 = 195"))  # fmt: skip
    sign(s, "盘立新", "0773-8862291", (2025, 12, 4))
    return b


@variant("kfb11-cctv-two-year", (8, 11),
         "two-year project, OLD-NAT, 中期 and 年度 columns with word operators, a later year the "
         "work prepares for, a 下降率 with ≥ (correct)")  # fmt: skip
def kfb11() -> Book:
    b, s = first()
    project_head(
        s, year=2026, years=2, attr="新增项目", name="栖梧县校园视频监控全域升级项目",
        dept="栖梧县教育局 207001", unit="栖梧县教育装备与信息中心",
        money=multi_year((640, 600, 40), (330, 310, 20)),
        goals=["完成全县53所学校监控升级，新增摄像头1100个，为2028年全县校园安防平台推广"
               "积累经验。", "完成28所学校监控升级，新增摄像头580个。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "升级学校数", "不少于53所", "不少于28所"),
        (None, None, "新增摄像头数量", "不少于1100个", "不少于580个"),
        (None, "质量指标", "设备验收合格率", "100%", "100%"),
        (None, "时效指标", "升级完成时间", "2027年12月底前", "2026年12月底前"),
        (None, "成本指标", "摄像头综合单价", "不高于0.4万元/个", "不高于0.4万元/个"),
        ("效益指标", "社会效益指标", "校园盗窃案件下降率", "≥20%", "≥10%"),
        (None, None, "监控故障平均修复时长", "≤24小时", "≤24小时"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "不低于90%", "不低于90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    sign(s, "钟予安", "0771-6201174", (2025, 11, 24))
    return b


@variant("kfb12-cctv-duplicate-date", (7,),
         "project, OLD-NAT, headers 考核指标 and 目标值（年度） with a 评价标准 column: the same "
         "repair limit under 质量 and 时效, a start date before the budget year")  # fmt: skip
def kfb12() -> Book:
    b, s = first()
    project_head(s, year=2026, name="栖梧县乡镇学校视频监控运维项目", dept="栖梧县教育局 207001",
                 unit="栖梧县教育装备与信息中心", money=one_year(64, 64, 0),
                 start=mk(day(2025, 3, 1), "Y102", "error", alt=("Y101",),
                          note="一年期2026年项目，开始日期却在2025年"),
                 goals=["对全县27所乡镇学校监控设备开展全年运维，设备完好率"
                        "不低于95%。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "运维学校数", "27所", "每少1所扣1分"),
        (None, None, "设备巡检次数", "≥12次/校", "每少1次扣0.5分"),
        (None, "质量指标", "设备完好率", "≥95%", "每低1个百分点扣1分"),
        (None, None, "监控故障修复时限", ok("≤24小时", note="重复的前一处"), "超时1次扣1分"),
        (
            None,
            "时效指标",
            "监控故障修复时限",
            mk(
                "≤24小时",
                "D101",
                "warning",
                row=True,
                alt=("D103", "F201"),
                note="同一指标填在质量和时效下各一次",
            ),
            "超时1次扣1分",
        ),
        (None, "成本指标", "单校年运维费", "≤2.2万元/校", "超支不得分"),
        ("效益指标", "社会效益指标", "涉校事件视频追溯率", "≥98%", "每低1个百分点扣1分"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%", "按问卷结果计分"),
    ]
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), rows)
    sign(s, "钟予安", "0771-6201174", (2025, 11, 24))
    return b
