"""Department tables built on 部门职责 → 工作活动 → 活动金额 → 绩效指标 → 指标值 (pc01–pc05,
pc15): activity amounts against their duty and against 项目支出, goal texts per duty."""

from __future__ import annotations

from tests.variants.holdout201.common import book, goal, grid, head, num, side, sign, table, wan
from tests.variants.holdout201.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DUTY8 = ("部门职责", "工作活动", "活动内容", "活动金额（万元）", "一级指标", "二级指标",
         "三级指标", "指标值")  # fmt: skip


@variant("pc01-education-activities", (12,), "department (education), 部门职责 · 工作活动 · "
         "活动内容 · 活动金额 · NAT-2021 tiers; activities add to 项目支出, a cost per 人次 × "
         "人次 equal to its activity, a 0起 accident count (correct)")  # fmt: skip
def pc01() -> Book:
    b, s = book("部门整体", (22, 18, 26, 12, 12, 16, 26, 14))
    head(s, "临溪县教育局2026年度部门整体支出绩效目标表", 8, "临溪县教育局", day(2025, 11, 18))
    grid(s, (num(12860), num(11900), num(760), num(200)), (num(12860), num(9380), num(3480)))
    goal(s, "保障全县42所义务教育学校正常运转，九年义务教育巩固率达到98%以上，学前三年毛入园率"
            "达到95%以上；完成中小学教师培训3200人次，实施9所学校校舍维修改造。", 8)  # fmt: skip
    d1, d2, d3 = ("统筹管理全县学前教育和义务教育", "负责全县教师队伍建设和教育质量监测",
                  "负责校舍安全和学校后勤保障")  # fmt: skip
    table(s, DUTY8, [
        (d1, "义务教育学校公用经费保障", "按生均标准向全县42所义务教育学校拨付公用经费",
         num(1860), "产出指标", "数量指标", "保障义务教育学校数", "≥42所"),
        (None, None, None, None, None, "质量指标", "公用经费按标准拨付率", pct(1)),
        (None, None, None, None, "成本指标", "经济成本指标", "公用经费支出总额", "≤1860万元"),
        (None, None, None, None, "效益指标", "社会效益指标", "九年义务教育巩固率", "≥98%"),
        (None, "学前教育普惠发展", "对18所普惠性民办幼儿园给予生均补助", num(420),
         "产出指标", "数量指标", "补助普惠性民办幼儿园数", "≥18所"),
        (None, None, None, None, "效益指标", "社会效益指标", "学前三年毛入园率", "≥95%"),
        (None, None, None, None, "满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%"),
        (d2, "中小学教师培训", "开展教师全员培训和骨干教师研修", num(360),
         "产出指标", "数量指标", "教师培训人次", "≥3200人次"),
        (None, None, None, None, None, "质量指标", "培训考核合格率", "≥95%"),
        (None, None, None, None, None, "时效指标", "年度培训任务完成时间", "2026年11月30日前"),
        (None, None, None, None, "成本指标", "经济成本指标", "人均培训成本", "≤1125元/人次"),
        (None, None, None, None, "满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"),
        (None, "义务教育质量监测", "组织小学四年级、初中二年级学业质量监测", num(80),
         "产出指标", "数量指标", "参加质量监测学校数", "≥42所"),
        (None, None, None, None, "效益指标", "可持续影响指标", "监测结果反馈学校覆盖率", pct(1)),
        (d3, "校舍维修改造", "实施9所学校校舍维修和功能室改造", num(760),
         "产出指标", "数量指标", "校舍维修改造学校数", "≥9所"),
        (None, None, None, None, None, "质量指标", "维修工程验收合格率", pct(1)),
        (None, None, None, None, None, "时效指标", "维修工程完工时间", "2026年8月20日前"),
        (None, None, None, None, "效益指标", "社会效益指标", "校舍安全责任事故发生数", "0起"),
    ], merged=(1, 2, 3, 4, 5, 6))  # fmt: skip
    sign(s, "汪思远", "黎建平", "0596-7231186")
    return b


@variant("pc02-health-duty-sum", (12,), "department (health), 部门职责 · 职责金额 · 工作活动 · "
         "活动金额 · NAT-2021 tiers, 收支 side by side: a duty amount that is not the sum of its "
         "activities, a 漏报率 with ≥")  # fmt: skip
def pc02() -> Book:
    b, s = book("Sheet1", (22, 12, 22, 12, 12, 16, 28, 14))
    head(s, "白沙河区卫生健康局2026年部门整体支出绩效目标表", 8, "白沙河区卫生健康局",
         day(2025, 11, 25))  # fmt: skip
    side(s, [("财政拨款收入", wan(7620)), ("事业收入", wan(680)), ("其他收入", wan(240)),
             ("收入合计", wan(8540))],
         [("基本支出", wan(5910)),
          ("项目支出", ok(wan(2630), "error", note="Σ 职责金额 2670 ≠ 2630 follows from pc02's "
                          "slip; the activities add to 2630")),
          ("支出合计", wan(8540))], "部门收支预算（单位：万元）", 8)  # fmt: skip
    goal(s, "完成65岁及以上老年人健康管理3.2万人，适龄儿童免疫规划疫苗接种率保持在95%以上，"
            "重点人群家庭医生签约4.8万人，提升基层医疗卫生服务能力。", 8)  # fmt: skip
    d1 = mk(
        wan(1520),
        "B102",
        "error",
        alt=("B101",),
        note="activities 960 + 380 + 140 = 1480, not 1520",
    )
    table(s, ("部门职责", "职责金额（万元）", "工作活动", "活动金额（万元）", "一级指标",
              "二级指标", "三级指标", "指标值"), [
        ("公共卫生服务与疾病预防控制", d1, "基本公共卫生服务项目", wan(960),
         "产出指标", "数量指标", "老年人健康管理人数", "≥3.2万人"),
        (None, None, None, None, None, "质量指标", "居民电子健康档案规范建档率", "≥90%"),
        (None, None, None, None, "效益指标", "社会效益指标", "城乡居民健康素养水平", "≥30%"),
        (None, None, "免疫规划与传染病防控", wan(380),
         "产出指标", "数量指标", "免疫规划疫苗接种剂次", "≥6.5万剂次"),
        (None, None, None, None, None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%"),
        (None, None, None, None, None, None, "法定传染病报告漏报率",
         mk("≥2%", "T108", "warning", row=True, note="a 漏报率 is 反向: ≤2% meant")),
        (None, None, None, None, "效益指标", "社会效益指标", "传染病暴发疫情规范处置率", pct(1)),
        (None, None, "慢性病综合防控", wan(140),
         "产出指标", "数量指标", "慢性病高危人群筛查人数", "≥1.5万人"),
        (None, None, None, None, "效益指标", "社会效益指标", "高血压患者基层规范管理率", "≥65%"),
        (None, None, None, None, "满意度指标", "服务对象满意度指标", "慢病管理患者满意度",
         "≥90%"),
        ("医疗服务与基层卫生能力建设", wan(1150), "基层医疗机构能力提升", wan(620),
         "产出指标", "数量指标", "配置基层医疗设备台套数", "≥85台套"),
        (None, None, None, None, None, "时效指标", "设备采购安装完成时间", "2026年9月30日前"),
        (None, None, None, None, "效益指标", "社会效益指标", "基层医疗机构诊疗量占比", "≥60%"),
        (None, None, "家庭医生签约服务", wan(310),
         "产出指标", "数量指标", "重点人群家庭医生签约人数", "≥4.8万人"),
        (None, None, None, None, "成本指标", "经济成本指标", "签约服务经费支出", "≤310万元"),
        (None, None, None, None, "满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
        (None, None, "卫生应急能力建设", wan(220),
         "产出指标", "数量指标", "卫生应急演练次数", "≥4次"),
        (None, None, None, None, None, "时效指标", "突发公共卫生事件报告及时率", pct(1)),
        (None, None, None, None, "效益指标", "可持续影响指标", "卫生应急队伍常态化培训机制",
         "健全"),
    ], merged=(1, 2, 3, 4, 5, 6))  # fmt: skip
    return b


@variant("pc03-natres-duties-basic", (3, 12), "department (natural resources), 部门职责 · "
         "职责金额 · 工作活动 · 活动内容 · 活动金额 · 绩效指标 · 指标值 without tiers; a "
         "机构运行 activity makes the activities add to 支出合计, 事业收入 0, a 下降率 ≥10% "
         "(correct)")  # fmt: skip
def pc03() -> Book:
    b, s = book("整体支出绩效目标", (20, 12, 20, 28, 12, 26, 16))
    head(s, "青岚市自然资源和规划局2026年度部门整体支出绩效目标表", 7,
         "青岚市自然资源和规划局", day(2025, 12, 2))  # fmt: skip
    grid(s, (wan(6420), wan(6100), wan(0), wan(320)), (wan(6420), wan(3950), wan(2470)),
         label="2026年部门预算")  # fmt: skip
    goal(s, "完成市级国土空间总体规划年度体检评估，编制12个乡镇国土空间详细规划，耕地保有量稳定在"
            "186.5万亩以上，完成65个自然资源登记单元确权登记。", 7)  # fmt: skip
    table(s, ("部门职责", "职责金额（万元）", "工作活动", "活动内容", "活动金额（万元）",
              "绩效指标", "指标值"), [
        ("国土空间规划编制与用途管制", wan(1560), "国土空间总体规划实施评估",
         "开展市级国土空间总体规划年度体检评估", wan(380), "年度体检评估报告数", "≥1份"),
        (None, None, None, None, None, "评估报告专家评审结果", "通过"),
        (None, None, "乡镇国土空间详细规划编制", "编制12个乡镇国土空间详细规划", wan(1180),
         "编制乡镇详细规划数", "≥12个"),
        (None, None, None, None, None, "规划成果审批通过率", pct(1)),
        (None, None, None, None, None, "规划编制完成时间", "2026年12月31日前"),
        ("耕地保护与自然资源确权登记", wan(910), "耕地保护动态监测",
         "开展耕地卫片图斑核查和耕地保护动态巡查", wan(520), "耕地保有量", "≥186.5万亩"),
        (None, None, None, None, None, "卫片图斑核查率", pct(1)),
        (None, None, None, None, None, "违法占用耕地面积下降率", "≥10%"),
        (None, None, "自然资源统一确权登记", "完成全市自然资源登记单元确权登记", wan(390),
         "确权登记单元数", "≥65个"),
        (None, None, None, None, None, "登记成果入库合格率", "≥98%"),
        ("机关运行与综合保障", wan(3950), "机构运行保障", "保障人员经费和日常公用经费支出",
         wan(3950), "政府采购合规率", pct(1)),
        (None, None, None, None, None, "“三公”经费支出", "≤46万元"),
        (None, None, None, None, None, "规划管理服务对象满意度", "≥90%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    s.row("注：机构运行保障对应基本支出，其余工作活动对应项目支出。", merge=[(1, 7)])
    return b


@variant("pc04-natres-project-spend", (12,), "department (natural resources), 部门职责 · "
         "工作活动 · 活动金额 · NAT-2021 tiers, 收支 side by side: activities adding to 1460, "
         "not to 项目支出 1520; a completion date in the next year")  # fmt: skip
def pc04() -> Book:
    b, s = book("Sheet1", (22, 24, 12, 12, 16, 28, 18))
    head(s, "临溪县自然资源局2026年部门整体支出绩效目标表", 7, "临溪县自然资源局",
         day(2025, 11, 28))  # fmt: skip
    project = mk(
        num(1520),
        "B102",
        "error",
        alt=("B101",),
        note="activities 280 + 640 + 210 + 150 + 180 = 1460",
    )
    side(s, [("财政拨款收入", num(3700)), ("事业收入", num(180)), ("其他收入", num(100)),
             ("收入合计", num(3980))],
         [("基本支出", num(2460)), ("项目支出", project), ("支出合计", num(3980))],
         "部门预算收支情况（万元）", 7)  # fmt: skip
    goal(s, "完成126处地质灾害隐患点监测，修复历史遗留矿山图斑14个，不动产登记3个工作日内办结，"
            "整治乱占耕地建房问题85宗。", 7)  # fmt: skip
    table(s, ("部门职责", "工作活动", "活动金额（万元）", "一级指标", "二级指标", "三级指标",
              "指标值"), [
        ("地质灾害防治与矿山生态修复", "地质灾害隐患点群测群防", num(280),
         "产出指标", "数量指标", "监测地质灾害隐患点数", "≥126处"),
        (None, None, None, None, "质量指标", "隐患点监测覆盖率", pct(1)),
        (None, None, None, None, "时效指标", "汛前隐患点排查完成时间", "2026年5月31日前"),
        (None, "历史遗留矿山生态修复", num(640),
         "产出指标", "数量指标", "修复历史遗留矿山图斑数", "≥14个"),
        (None, None, None, None, "时效指标", "矿山生态修复工程完工时间",
         mk("2027年6月30日前", "Y102", "error", alt=("Y103",),
            note="an annual 2026 table: the date lies outside the budget year")),
        (None, None, None, "成本指标", "经济成本指标", "单个图斑修复成本", "≤45万元/个"),
        (None, None, None, "效益指标", "生态效益指标", "修复区域植被覆盖率", "≥70%"),
        ("不动产登记与测绘地理信息服务", "不动产登记信息化升级", num(210),
         "产出指标", "数量指标", "升级登记业务系统模块数", "≥6个"),
        (None, None, None, None, "时效指标", "不动产登记办理时限", "≤3个工作日"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%"),
        (None, "基础测绘与地理信息服务", num(150),
         "产出指标", "数量指标", "更新基础地形图面积", "≥40平方公里"),
        (None, None, None, None, "质量指标", "测绘成果质量合格率", pct(1)),
        ("耕地保护监督", "农村乱占耕地建房整治", num(180),
         "产出指标", "数量指标", "整治乱占耕地建房问题宗数", "≥85宗"),
        (None, None, None, "效益指标", "社会效益指标", "整治问题销号率", "≥95%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    sign(s, "韩立秋", "蒋振东", "0596-7352207")
    return b


@variant("pc05-civil-duty-goals", (12,), "department (civil affairs), 部门职责 · 整体绩效目标 per "
         "duty · 工作活动 · 活动金额 · NAT-2021 tiers; standards × counts equal to their activity, "
         "=100% as text (correct)")  # fmt: skip
def pc05() -> Book:
    b, s = book("部门整体支出绩效目标表", (14, 30, 20, 12, 12, 16, 26, 14))
    head(s, "白沙河区民政局2026年度部门整体支出绩效目标表", 8, "白沙河区民政局",
         day(2025, 11, 21))  # fmt: skip
    grid(s, (wan(5260), wan(5180), wan(0), wan(80)), (wan(5260), wan(1740), wan(3520)))
    g1 = "保障城乡低保对象4200人、特困人员320人基本生活，救助资金发放准确率达到100%。"
    g2 = ("新建社区居家养老服务站6个，为2000名经济困难老年人提供居家养老服务，服务对象满意度"
          "达到90%以上。")  # fmt: skip
    table(s, ("部门职责", "整体绩效目标", "工作活动", "活动金额（万元）", "一级指标", "二级指标",
              "三级指标", "指标值"), [
        ("社会救助", g1, "城乡最低生活保障", wan(2520),
         "产出指标", "数量指标", "城乡低保保障人数", "≥4200人"),
        (None, None, None, None, None, "质量指标", "救助资金发放准确率", "=100%"),
        (None, None, None, None, None, "时效指标", "低保金按月发放及时率", "≥98%"),
        (None, None, None, None, "效益指标", "社会效益指标", "低保对象动态管理覆盖率", pct(1)),
        (None, None, "特困人员救助供养", wan(480),
         "产出指标", "数量指标", "特困人员供养人数", "≥320人"),
        (None, None, None, None, "成本指标", "经济成本指标", "特困人员人均供养经费",
         "≤1.5万元/人"),
        (None, None, None, None, "满意度指标", "服务对象满意度指标", "特困供养对象满意度",
         "≥90%"),
        ("养老服务", g2, "社区居家养老服务站建设", wan(300),
         "产出指标", "数量指标", "新建社区居家养老服务站数", "≥6个"),
        (None, None, None, None, None, "质量指标", "服务站建设验收合格率", pct(1)),
        (None, None, None, None, None, "时效指标", "服务站建成时间", "2026年10月31日前"),
        (None, None, "经济困难老年人居家养老服务补贴", wan(220),
         "产出指标", "数量指标", "享受居家养老服务补贴老年人数", "≥2000人"),
        (None, None, None, None, "成本指标", "经济成本指标", "人均居家养老服务补贴标准",
         "≤1100元/人"),
        (None, None, None, None, "满意度指标", "服务对象满意度指标", "居家养老服务对象满意度",
         "≥90%"),
    ], merged=(1, 2, 3, 4, 5, 6))  # fmt: skip
    s.skip()
    s.row("审核意见：", None, "（盖章）", None, None, "2025年11月21日", merge=[(6, 8)])
    return b


@variant("pc15-natres-goal-against-indicator", (12,), "department (natural resources), 部门职责 "
         "· 职责绩效目标 · 工作活动 · 活动金额 · NAT-2021 tiers, operator inside the value and a "
         "unit column: a duty goal of 120公顷 against ≥100, a 按时办结率 written as "
         "件")  # fmt: skip
def pc15() -> Book:
    b, s = book("Sheet1", (16, 30, 20, 12, 12, 16, 24, 12, 12))
    head(s, "白沙河区自然资源局2026年部门整体支出绩效目标表", 9, "白沙河区自然资源局",
         day(2025, 12, 5))  # fmt: skip
    grid(s, (wan(4150), wan(3860), wan(90), wan(200)), (wan(4150), wan(2730), wan(1420)),
         label="部门年度预算")  # fmt: skip
    g1 = ok(
        "完成历史遗留矿山生态修复面积120公顷，修复区植被覆盖率达到75%以上。",
        note="the duty goal may carry the D104 of the area row",
    )
    g2 = ok(
        "全年办理不动产登记业务1.2万件，一般登记3个工作日内办结，按时办结率达到98%以上。",
        note="the duty goal may carry a D104 from the 办结率 written as 件",
    )
    area = mk("≥100", "D104", "warning", row=True, note="the duty goal says 120公顷")
    rate = mk(
        mk("≥12000", "T105", "error", note="a 按时办结率 needs a percentage"),
        "D104",
        "warning",
        row=True,
        required=False,
        note="the goal's 98%以上 against 12000件",
    )
    table(s, ("部门职责", "职责绩效目标", "工作活动", "活动金额（万元）", "一级指标", "二级指标",
              "三级指标", "指标值", "计量单位"), [
        ("国土空间生态修复", g1, "历史遗留矿山生态修复", wan(760),
         "产出指标", "数量指标", "矿山生态修复面积", area, "公顷"),
        (None, None, None, None, None, "质量指标", "修复工程验收合格率", "=100", "%"),
        (None, None, None, None, "成本指标", "经济成本指标", "单位面积修复成本", "≤6.3",
         "万元/公顷"),
        (None, None, None, None, "效益指标", "生态效益指标", "修复区植被覆盖率", "≥75", "%"),
        (None, None, "废弃工矿用地复垦", wan(220),
         "产出指标", "数量指标", "复垦新增耕地面积", "≥300", "亩"),
        (None, None, None, None, None, "时效指标", "复垦项目验收完成时间", "2026年11月30日前",
         None),
        ("不动产登记服务", g2, "不动产登记窗口服务", wan(260),
         "产出指标", "数量指标", "不动产登记办件量", "≥1.2", "万件"),
        (None, None, None, None, None, "质量指标", "不动产登记按时办结率", rate, "件"),
        (None, None, None, None, None, "时效指标", "一般登记办理时限", "≤3", "个工作日"),
        (None, None, None, None, "满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90",
         "%"),
        (None, None, "不动产登记数据整合", wan(180),
         "产出指标", "数量指标", "整合历史登记档案数", "≥8", "万卷"),
        (None, None, None, None, None, "质量指标", "数据整合差错率", "≤0.5", "%"),
    ], merged=(1, 2, 3, 4, 5, 6))  # fmt: skip
    sign(s, "卢思齐", "彭国梁", "0596-8120473")
    return b
