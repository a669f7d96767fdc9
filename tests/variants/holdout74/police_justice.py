"""公安, 司法 and 应急管理 returns (kf01–kf06) on the province's standard 项目支出 form."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout74.common import GE, YEAR, one_year, signoff
from tests.variants.holdout74.registry import variant
from tests.variants.kit import Book, C, day, mk, pct


@variant(
    "kf01-police-cctv",
    (7,),
    "project, NAT-2021, one value column, tiers merged down, ≥ in the % format",
)
def kf01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=YEAR, name="县域社会治安视频监控系统运维项目", dept="柘川县公安局（301001）",
        unit="柘川县公安局科技通信大队", money=one_year(86.5, 86.5, 0),
        goals=["完成全县1260个视频监控点位的日常巡检、故障维修和平台运维，点位在线率保持在95%以上，"
               "为案件侦破和治安防控提供视频支撑。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    rows = [
        ("产出指标", "数量指标", "维护视频监控点位数", "≥1260个"),
        (None, None, "监控点位季度巡检次数", "≥4次"),
        (None, "质量指标", "监控点位在线率", C(0.95, GE)),
        (None, None, "故障修复验收合格率", C(0.98, GE)),
        (None, "时效指标", "一般故障修复时限", "≤48小时"),
        ("成本指标", "经济成本指标", "单个点位年运维成本", "≤680元"),
        ("效益指标", "社会效益指标", "视频监控辅助破案数", "≥150起"),
        (None, None, "重点公共区域监控覆盖率", C(0.98, GE)),
        (None, "可持续影响指标", "运维管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", C(0.9, GE)),
    ]
    for r in rows:
        s.row(*r, None, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=s.r - 9, start_column=1, end_row=s.r - 5, end_column=1)
    s.ws.merge_cells(start_row=s.r - 9, start_column=2, end_row=s.r - 8, end_column=2)
    s.ws.merge_cells(start_row=s.r - 7, start_column=2, end_row=s.r - 6, end_column=2)
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r - 1, end_column=1)
    s.ws.merge_cells(start_row=s.r - 3, start_column=2, end_row=s.r - 2, end_column=2)
    signoff(s, "韦晓东", "0771-6612058")
    return b


@variant(
    "kf02-police-detention",
    (5, 7),
    "project, NAT-2021, 备注 column: a rate given as a count, a duplicate indicator",
)
def kf02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 18, 24, 10))
    project_head(
        s, year=YEAR, name="看守所被监管人员生活及医疗保障项目", dept="柘川县公安局（301001）",
        unit="柘川县看守所", money=one_year(64.8, 64.8, 0),
        goals=["保障在押人员伙食、被服和基本医疗，全年开展入所及定期体检，确保监所安全稳定、"
               "无重大安全事故。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "保障被监管人员伙食天数", "=365天", "全年"),
            (
                None,
                None,
                "被监管人员体检覆盖率",
                mk("1800人次", "T105", "error", note="a 覆盖率 given as a count of 人次"),
            ),
            (None, "质量指标", "伙食标准达标率", "≥98%", "按省定标准"),
            (None, None, "医疗处置规范率", "≥95%", None),
            (None, "时效指标", "突发疾病处置响应时间", "≤15分钟", None),
            ("成本指标", "经济成本指标", "被监管人员人均日伙食标准", "≤15元", "省定标准"),
            ("效益指标", "社会效益指标", "监所重大安全事故发生数", "≤0起", None),
            (
                None,
                None,
                mk(
                    "伙食标准达标率",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D103", "D102", "F201"),
                    note="the 质量 indicator of row 3 of the table repeated under 社会效益",
                ),
                "≥98%",
                None,
            ),
            (None, "可持续影响指标", "监所医疗保障机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "被监管人员及家属满意度", "≥85%", None),
        ],
        merged=(1, 2),
    )
    signoff(s, "覃立平", "0771-6612377")
    return b


@variant(
    "kf03-justice-legal-aid",
    (7,),
    "project, OLD-NAT, 备注 column, units in the value, ≥ in the % format",
)
def kf03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 34, 18, 28, 10))
    project_head(
        s, year=YEAR, name="法律援助案件办案补贴项目", dept="柘川县司法局（305001）",
        unit="柘川县法律援助中心", money=one_year(72, 68, 4), attr="常年项目",
        goals=["为经济困难群众和特殊案件当事人提供法律援助，全年办理法律援助案件不少于420件，"
               "开展法治宣传活动不少于24场，维护困难群众合法权益。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "办理法律援助案件数", "≥420件", "含刑事、民事、行政案件"),
            (None, None, "开展法治宣传活动场次", "≥24场", None),
            (None, "质量指标", "法律援助案件结案归档合格率", C(0.95, GE), "案卷质量评查"),
            (None, "时效指标", "案件指派时限", "≤3个工作日", "受理审批后"),
            (None, "成本指标", "民事案件办案补贴标准", "≤1500元/件", "按县司法局、县财政局文件"),
            ("效益指标", "社会效益指标", "符合条件困难群众应援尽援率", pct(1.0), None),
            (None, None, "为受援人挽回经济损失", "≥800万元", None),
            (None, "可持续影响指标", "法律援助长效工作机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受援人满意度", C(0.92, GE), "抽样回访"),
        ],
        merged=(1, 2),
    )
    s.row("注：本表金额单位为万元。")
    signoff(s, "莫佳", "0771-6618230", "分管领导：")
    return b


@variant(
    "kf04-justice-community",
    (1, 12),
    "project, NAT-2021, 比较符 and 计量单位 columns: money that does not add up, 满意度 over 100 %",
)
def kf04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 10, 14, 12))
    money_rows = one_year(58, 45, 8)
    money_rows[0] = (money_rows[0][0],
                     mk(money_rows[0][1], "B101", "error", note="45 + 8 = 53, not 58"),
                     *money_rows[0][2:])  # fmt: skip
    project_head(
        s, year=YEAR, name="社区矫正对象监管教育项目", dept="柘川县司法局（305001）",
        unit="柘川县社区矫正管理局", money=money_rows,
        goals=["对全县社区矫正对象落实电子监管、集中教育和心理矫治，社区矫正对象再犯罪率控制在"
               "0.2%以内，促进其顺利回归社会。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "开展集中教育学习次数", "≥", 12, "次"),
            (None, None, "心理健康评估人次", "≥", 260, "人次"),
            (None, "质量指标", "电子定位监管覆盖率", "≥", pct(0.98), "%"),
            (None, "时效指标", "入矫报到衔接时限", "≤", 10, "日"),
            ("成本指标", "经济成本指标", "心理矫治服务购买成本", "≤", 9.6, "万元"),
            ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤", pct(0.002, "0.0%"), "%"),
            (None, None, "社区矫正对象脱管漏管人数", "≤", 2, "人"),
            (None, "可持续影响指标", "社区矫正工作台账", "定性", "规范完备", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "社区矫正对象满意度",
                "≥",
                mk(pct(1.05), "T106", "error", note="satisfaction target 105 %"),
                "%",
            ),
        ],
        merged=(1, 2),
    )
    signoff(s, "蓝海燕", "0771-6618542")
    return b


@variant(
    "kf05-emergency-stockpile",
    (1,),
    "project, NAT-2021, 比较符 and 计量单位 columns, % values with a % unit",
)
def kf05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 10, 14, 12))
    project_head(
        s, year=YEAR, name="森林防灭火及防汛抗旱物资储备项目", dept="柘川县应急管理局（318001）",
        unit="柘川县应急物资储备中心", money=one_year(98, 98, 0),
        goals=["补充储备防汛编织袋、风力灭火机等应急物资，组织乡镇应急演练，提升全县森林火灾和"
               "汛期险情的先期处置能力。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "储备防汛编织袋", "≥", 20000, "条"),
            (None, None, "储备风力灭火机", "≥", 60, "台"),
            (None, None, "组织乡镇应急演练", "≥", 4, "次"),
            (None, "质量指标", "储备物资验收合格率", "=", pct(1.0), "%"),
            (None, "时效指标", "物资调运响应时间", "≤", 2, "小时"),
            ("成本指标", "经济成本指标", "应急物资采购成本", "≤", 95, "万元"),
            ("效益指标", "社会效益指标", "森林火灾受害率", "≤", 0.8, "‰"),
            (None, "可持续影响指标", "应急物资储备管理制度", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "乡镇及救援队伍满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    signoff(s, "黄振宇", "0771-6625019")
    return b


@variant(
    "kf06-emergency-inspection",
    (11,),
    "project, NAT-2021, one value column: plan dates in another year, a 反向 rate with ≥",
)
def kf06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=YEAR, name="安全生产执法检查及隐患排查治理项目", dept="柘川县应急管理局（318001）",
        unit="柘川县应急管理综合行政执法大队", money=one_year(46, 46, 0),
        start=day(YEAR - 1, 1, 1), end=day(YEAR - 1, 12, 31),
        goals=["对全县危险化学品、非煤矿山、工贸企业开展执法检查和隐患排查，聘请专家参与检查，"
               "督促重大事故隐患按期整改，遏制较大以上生产安全事故。"],
    )  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102",),
                note="title 2027年度, plan dates 2026-01-01…2026-12-31")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    rows = [
        ("产出指标", "数量指标", "执法检查企业数", "≥320家"),
        (None, None, "聘请专家参与检查人次", "≥90人次"),
        (None, "质量指标", "执法文书规范率", C(0.95, GE)),
        (None, "时效指标", "一般隐患整改时限", "≤30日"),
        ("成本指标", "经济成本指标", "专家咨询费标准", "≤1200元/人次"),
        (
            "效益指标",
            "社会效益指标",
            mk("重大事故隐患整改超期率", "T108", "warning", row=True, note="反向 rate with ≥"),
            "≥5%",
        ),
        (None, None, "较大以上生产安全事故起数", "≤0起"),
        (None, "可持续影响指标", "企业安全生产主体责任落实", "有效"),
        ("满意度指标", "服务对象满意度指标", "被检查企业满意度", C(0.9, GE)),
    ]
    for r in rows:
        s.row(*r, None, None, merge=[(4, 6)])
    end = s.r
    s.ws.merge_cells(start_row=end - 8, start_column=1, end_row=end - 5, end_column=1)
    s.ws.merge_cells(start_row=end - 8, start_column=2, end_row=end - 7, end_column=2)
    s.ws.merge_cells(start_row=end - 3, start_column=1, end_row=end - 1, end_column=1)
    s.ws.merge_cells(start_row=end - 3, start_column=2, end_row=end - 2, end_column=2)
    signoff(s, "潘文", "0771-6625107")
    return b
