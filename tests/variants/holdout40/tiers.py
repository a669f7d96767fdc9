"""Indicator tables in the shapes department forms use: 履职目标/管理目标/效果目标, flat lists
with 权重, numbered tier labels with points, a table short of a tier (ix05–ix09)."""

from __future__ import annotations

from tests.variants.holdout40.common import filled_on, sign, title
from tests.variants.holdout40.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant(
    "ix05-duty-mgmt-effect-ok",
    (5, 12),
    "department, tier-1 履职目标/管理目标/效果目标, "
    "three tasks adding to 项目支出, 预算执行率 under 管理目标",
)
def duty_mgmt_effect_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标表", (16, 18, 30, 18, 16, 16))
    title(s, "云塘县水利局2025年度部门整体支出绩效目标表", 1, 6)
    s.row("部门名称", "云塘县水利局", None, "预算年度", "2025年", None, merge=[(2, 3), (5, 6)])
    s.row("预算金额（万元）", "基本支出", "项目支出", "合计", None, None)
    s.row(None, money(468.30, WAN), money(735.70, WAN), money(1204.00, WAN), None, None)
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
    for name, what, amount, aim in [
        ("小型水库除险加固", "6座小（2）型水库大坝防渗、溢洪道改造", 420.00, "汛前完成主体工程"),
        ("农村饮水工程维修养护", "38处集中供水工程管网、水处理设施维修", 186.50, "供水保证率提升"),
        ("河道清淤疏浚", "云溪河、石门河重点河段清淤", 129.20, "清淤12.5公里"),
    ]:
        s.row(None, name, what, money(amount, WAN), aim, None, merge=[(5, 6)])
    s.row(None, "合计", None, money(735.70, WAN), None, None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "整体绩效目标",
        "目标1：完成6座小型水库除险加固和38处农村饮水工程维修养护；"
        "目标2：清淤疏浚河道12.5公里，防汛预警信息及时发布；目标3：预算、资产、财务管理"
        "规范，群众满意度不低于90%。",
        merge=[(2, 6)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    rows = [
        ("履职目标", "重点工作任务完成", "小型水库除险加固座数", "≥6座"),
        (None, None, "农村饮水工程维修养护处数", "≥38处"),
        (None, None, "河道清淤疏浚长度", "≥12.5公里"),
        (None, "履职效能", "防汛预警信息发布及时率", "≥98%"),
        ("管理目标", "预算管理", "预算执行率", "≥95%"),
        (None, "财务管理", "财务管理制度执行", "健全规范"),
        (None, "资产管理", "固定资产账实相符率", pct(1)),
        (None, "制度建设", "内部控制制度", "建立并执行"),
        ("效果目标", "社会效益", "农村自来水普及率", "≥92%"),
        (None, "可持续影响", "水利工程长效管护机制", "逐步完善"),
        (None, "服务对象满意度", "受益群众满意度", "不低于90%"),
    ]
    r0 = s.r
    s.table(rows, merged=(1, 2))
    for r in range(r0 + 1, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    sign(s, 1, filled_on(2024, 11, 21), who="杨帆", checker="吴志刚", phone="0745-3312086")
    return b


@variant(
    "ix06-flat-weights-ok",
    (3, 1, 11),
    "department, flat list 序号 · 指标名称 · 权重 · 指标值, "
    "operators in words, qualitative values, weights adding to 100",
)
def flat_weights_ok() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (8, 34, 12, 20, 20))
    title(s, "白鹭湾区人力资源和社会保障局2025年度部门整体支出绩效目标", 1, 5)
    s.row("部门名称", "白鹭湾区人力资源和社会保障局", None, "金额单位", "万元", merge=[(2, 3)])
    s.row("资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(money(3126.80), money(3046.80), money(80.00), money(1210.55), money(1916.25))
    s.row(
        "年度绩效目标",
        "稳就业、保民生，城镇新增就业3500人以上，职业技能培训2600人次，"
        "社会保险待遇按时足额发放，劳动关系和谐稳定。",
        None,
        None,
        None,
        merge=[(2, 5)],
    )
    s.row("序号", "指标名称", "权重（分）", "指标值", "备注")
    items = [
        ("城镇新增就业人数", 15, "≥3500人", None),
        ("失业人员再就业人数", 5, "不少于800人", None),
        ("职业技能培训人次", 10, "≥2600人次", None),
        ("培训后就业率", 10, "60%以上", "培训结束6个月内"),
        ("社会保险待遇按时足额发放率", 10, "≥99%", None),
        ("劳动保障监察案件结案率", 10, "不低于95%", None),
        ("城镇调查失业率", 5, "≤5.5%", "控制目标"),
        ("工伤认定办理时限", 5, "≤30个工作日", None),
        ("就业补贴审核办结时间", 5, "20日内", None),
        ("公共就业服务水平", 5, "有效提升", None),
        ("劳动关系和谐程度", 5, "逐步改善", None),
        ("根治欠薪工作考核", 5, "达标", None),
        ("服务对象满意度", 10, "≥90%", None),
    ]
    for i, (name, w, value, note) in enumerate(items, start=1):
        s.row(i, name, w, value, note)
    s.row("合计", None, 100, None, None, merge=[(1, 2)])
    s.row("填报说明：指标值含比较符和计量单位；权重合计100分。", merge=[(1, 5)])
    sign(s, 1, filled_on(2024, 11, 15), who="林静", checker="赵海涛", phone="0595-2276104")
    return b


@variant(
    "ix07-flat-weights-wrong",
    (3, 11),
    "department from column B, flat list: weights add "
    "to 95 under a 合计 of 100, a 投诉率 with ≥, a malformed ≥≤",
)
def flat_weights_wrong() -> Book:
    b = Book()
    b.file_mark("W101", "error", note="15+10+15+10+10+10+10+5+10 = 95")
    s = b.sheet("Sheet1", (4, 8, 34, 18, 12))
    title(s, "松岭县应急管理局2025年部门整体支出绩效目标表", 2, 5)
    s.row("单位名称", "松岭县应急管理局", None, None, col=2, merge=[(3, 5)])
    s.row(
        "预算金额",
        "基本支出 286.40万元；项目支出 413.60万元；合计 700.00万元",
        None,
        None,
        col=2,
        merge=[(3, 5)],
    )
    s.row("序号", "绩效指标", "目标值", "权重", col=2)
    items = [
        ("安全生产执法检查企业数", "≥320家", 15),
        ("应急救援队伍培训演练次数", "≥12次", 10),
        ("重大安全隐患整改率", "≥95%", 15),
        ("应急预案演练覆盖率", mk("≥≤90%", "T116", "warning", note="two operators"), 10),
        ("自然灾害救助资金发放及时率", "≥98%", 10),
        ("生产安全事故死亡人数", "较上年下降", 10),
        ("应急救援服务投诉率", mk("≥5%", "T108", "warning", row=True, note="反向 with ≥"), 10),
        ("应急物资储备库达标率", "≥90%", 5),
        ("群众安全感满意度", "≥90%", 10),
    ]
    for i, (name, value, w) in enumerate(items, start=1):
        s.row(i, name, value, w, col=2)
    s.row("合计", None, None, 100, col=2, merge=[(2, 4)])
    s.row("说明：权重合计应为100。", col=2, merge=[(2, 5)])
    return b


@variant(
    "ix08-tiers-wrong",
    (5, 6),
    "department, NAT-2021 without 满意度指标, 经济效益指标 "
    "under 产出指标, an indicator repeated under 效益",
)
def tiers_wrong() -> Book:
    b = Book()
    b.file_mark("F106", "error", note="no 满意度指标")
    s = b.sheet("绩效目标表", (16, 18, 30, 18, 16, 16))
    title(s, "岚溪县林业局2025年度部门整体支出绩效目标申报表", 1, 6)
    s.row(
        "部门（单位）名称",
        "岚溪县林业局",
        None,
        "填报日期",
        filled_on(2024, 11, 26),
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, money(1560.00), money(1320.00), money(240.00), money(512.40), money(1047.60))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度总体目标",
        "完成新造林3000亩、森林抚育1.2万亩，森林覆盖率稳定在63.5%以上，"
        "全年森林火灾受害率控制在0.9‰以内。",
        merge=[(2, 6)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    rows = [
        ("产出指标", "数量指标", "新造林面积", "≥3000亩"),
        (None, None, "森林抚育面积", "≥12000亩"),
        (None, None, "生态护林员巡护人数", "≥210人"),
        (None, "质量指标", "造林成活率", "≥85%"),
        (None, None, "森林火灾受害率", "≤0.9‰"),
        (
            None,
            mk(
                "经济效益指标",
                "F105",
                "error",
                row=True,
                alt=("F201",),
                note="效益 tier-2 under 产出",
            ),
            "林下经济产值",
            "≥2600万元",
        ),
        (None, "时效指标", "造林任务完成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "亩均造林补助标准", "≤500元/亩"),
        ("效益指标", "生态效益指标", "森林覆盖率", "≥63.5%"),
        (
            None,
            None,
            mk(
                "新造林面积",
                "D101",
                "warning",
                row=True,
                alt=("D102", "D103", "F201"),
                note="the same indicator as in 数量指标",
            ),
            "≥3000亩",
        ),
        (None, "社会效益指标", "林业技术服务农户数", "≥500户"),
        (None, "可持续影响指标", "森林资源管护机制", "持续完善"),
    ]
    r0 = s.r
    s.table(rows, merged=(1, 2))
    for r in range(r0 + 1, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    return b


@variant(
    "ix09-numbered-points-ok",
    (5, 10, 11),
    "department, NAT-2021, numbered tier labels "
    "with points, 指标性质 (正向/反向), 比较符, 计量单位 and 分值 columns, a 合计 row",
)
def numbered_points_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", (20, 20, 30, 10, 8, 16, 12, 8))
    title(s, "青槐市教育局2025年度部门整体支出绩效目标表", 1, 8)
    s.row(
        "部门名称",
        "青槐市教育局",
        None,
        None,
        "单位：万元",
        None,
        None,
        None,
        merge=[(2, 4), (5, 8)],
    )
    s.row(
        "资金总额",
        money(52860.00, WAN),
        "财政拨款",
        money(51960.00, WAN),
        "其他资金",
        money(900.00, WAN),
        None,
        None,
    )
    s.row(
        "基本支出", money(41230.50, WAN), "项目支出", money(11629.50, WAN), None, None, None, None
    )
    s.row(
        "整体绩效目标",
        "新增义务教育学位1800个，完成教师全员培训3200人次，义务教育巩固率"
        "保持在99%以上，家长满意度达到90%以上。",
        merge=[(2, 8)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位", "分值")
    rows = [
        (
            "一、产出指标（40分）",
            "（一）数量指标",
            "义务教育新增学位数",
            "正向",
            "≥",
            1800,
            "个",
            10,
        ),
        (None, None, "教师全员培训人次", "正向", "≥", 3200, "人次", 10),
        (None, "（二）质量指标", "九年义务教育巩固率", "正向", "≥", 99, "%", 10),
        (
            None,
            "（三）时效指标",
            "新建校舍交付使用时间",
            "反向",
            "≤",
            day(2025, 8, 31, CN_DATE),
            None,
            10,
        ),
        (
            "二、成本指标（10分）",
            "（一）经济成本指标",
            "校舍维修单位面积成本",
            "反向",
            "≤",
            600,
            "元/平方米",
            10,
        ),
        (
            "三、效益指标（30分）",
            "（一）社会效益指标",
            "小学适龄儿童入学率",
            "正向",
            "≥",
            99.5,
            "%",
            10,
        ),
        (None, None, "学生体质健康测试不合格率", "反向", "≤", 8, "%", 5),
        (None, None, "普通高中毛入学率", "正向", "≥", 96, "%", 5),
        (None, "（二）可持续影响指标", "教育信息化应用水平", "正向", "定性", "稳步提升", None, 10),
        (
            "四、满意度指标（20分）",
            "（一）服务对象满意度指标",
            "学生家长满意度",
            "正向",
            "≥",
            90,
            "%",
            10,
        ),
        (None, None, "教师满意度", "正向", "≥", 88, "%", 10),
        ("合计", None, None, None, None, None, None, 100),
    ]
    s.table(rows, merged=(1, 2))
    sign(s, 1, filled_on(2024, 12, 5), who="郑晓东", checker="许文彬", phone="0752-2390518")
    return b
