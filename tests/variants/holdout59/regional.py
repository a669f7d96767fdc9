"""区域绩效目标表 of transfer payments: 中央补助 / 省级补助 / 市县配套 and regional indicators."""

from __future__ import annotations

from tests.variants.holdout59.common import region_head, signature
from tests.variants.holdout59.registry import variant
from tests.variants.kit import WAN, Book, C, mk, money, pct

HEAD = ("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("jq01-region-farmland-ok", (5, 12), "区域表, OLD-NAT, one value column, merged tiers")
def jq01() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", (14, 14, 16, 34, 18, 16))
    region_head(
        s,
        title="2025年度农田建设补助资金区域绩效目标表",
        name="农田建设补助资金（高标准农田建设）",
        central="农业农村部",
        local="江澄省农业农村厅",
        money=(money(36800), money(24000), money(8800), money(4000)),
        goal="2025年全省新建高标准农田42万亩、改造提升高标准农田18万亩，新增高效节水灌溉面积"
        "6万亩，项目区亩均粮食产能提高50公斤以上，耕地质量等别提升0.5等以上。",
    )
    s.row(*HEAD)
    top = s.r
    s.table(
        [
            (None, "产出指标", "数量指标", "新建高标准农田面积", "≥42万亩", None),
            (None, None, None, "改造提升高标准农田面积", "≥18万亩", None),
            (None, None, None, "新增高效节水灌溉面积", "≥6万亩", None),
            (None, None, "质量指标", "项目竣工验收合格率", pct(1), None),
            (None, None, None, "耕地质量等别提升", "≥0.5等", None),
            (None, None, "时效指标", "项目开工率（截至2025年6月底）", "≥90%", None),
            (None, None, None, "项目完工率（截至2025年12月底）", "≥80%", None),
            (None, None, "成本指标", "新建高标准农田亩均财政补助", "≤700元/亩", None),
            (None, "效益指标", "经济效益指标", "项目区亩均粮食产能提高", "≥50公斤", None),
            (None, None, "社会效益指标", "项目区农田灌溉保证率", "≥85%", None),
            (None, None, "生态效益指标", "项目区农田灌溉水有效利用系数", "≥0.6", None),
            (None, None, "可持续影响指标", "已建工程管护责任落实率", pct(1), None),
            (None, "满意度指标", "服务对象满意度指标", "项目区受益农户满意度", "≥90%", None),
        ],
        merged=(1, 2, 3),
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    signature(s, "江澄省农业农村厅", "2025年1月20日")
    return b


ALLOC = [
    ("临溪县", 1260, 840, 420, "任务面积 5.4 万亩"),
    ("白沙河区", 980, 650, 330, "任务面积 4.2 万亩"),
    ("青岚市本级", 540, 360, 180, "任务面积 2.3 万亩"),
    ("松岭县", 1420, 950, 470, "任务面积 6.1 万亩"),
    ("梅坞县", 870, 580, 290, "任务面积 3.7 万亩"),
    ("石渠县", 1130, 750, 380, "任务面积 4.8 万亩"),
]


@variant("jq02-allocation-sum-wrong", (2, 12), "区域表 + 资金分配表, county amounts vs 合计")
def jq02() -> Book:
    b = Book()
    s = b.sheet("资金分配表", (16, 16, 16, 16, 24))
    s.title("2025年农田水利设施建设补助资金分配表", 5)
    s.row("单位：万元", None, None, None, None)
    s.row("县（市、区）", "分配金额", "其中：中央资金", "省级资金", "分配依据")
    for line in ALLOC:
        s.row(line[0], C(line[1], WAN), C(line[2], WAN), C(line[3], WAN), line[4])
    # the lines add up to 6200 (4130 + 2070), the 合计 row says 6400
    s.row(
        "合计",
        mk(C(6400, WAN), "B102", "error", alt=("B101",), note="6 个县区合计 6200，非 6400"),
        C(4130, WAN),
        C(2070, WAN),
        "任务面积 26.5 万亩",
    )
    s.skip()
    s.row("附注：分配因素为任务面积（权重80%）和上年绩效评价结果（权重20%）。")
    t = b.sheet("区域绩效目标", (14, 14, 16, 34, 18, 16))
    region_head(
        t,
        title="2025年度农田水利设施建设补助资金区域绩效目标表",
        name="农田水利设施建设补助资金",
        central="水利部",
        local="青岚市水利局",
        money=(money(6200), money(4130), money(2070), money(0)),
        goal="完成6个县区小型农田水利设施建设任务26.5万亩，新增和恢复灌溉面积8万亩，工程质量合格。",
    )
    t.row(*HEAD)
    top = t.r
    t.table(
        [
            (None, "产出指标", "数量指标", "小型农田水利设施建设面积", "≥26.5万亩", None),
            (None, None, None, "新增和恢复灌溉面积", "≥8万亩", None),
            (None, None, None, "渠道防渗改造长度", "≥120公里", None),
            (None, None, "质量指标", "工程验收合格率", pct(1), None),
            (None, None, None, "工程质量事故发生率", mk("≥1%", "T108", "warning", row=True), None),
            (None, None, "时效指标", "资金下达及时率", "≥95%", "收到资金后30日内下达"),
            (None, None, "成本指标", "亩均建设成本", "≤234元/亩", None),
            (None, "效益指标", "经济效益指标", "项目区亩均增产粮食", "≥40公斤", None),
            (None, None, "社会效益指标", "受益农户数", "≥3.2万户", None),
            (None, None, "可持续影响指标", "工程设计使用年限", "≥15年", None),
            (None, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None),
        ],
        merged=(1, 2, 3),
    )
    t.ws.merge_cells(start_row=top, start_column=1, end_row=t.r, end_column=1)
    signature(t, "青岚市水利局", "2025年2月8日")
    return b


@variant("jq03-allocation-ok", (2, 12), "资金分配表 with 中央/省级, NAT-2021 region indicators")
def jq03() -> Book:
    b = Book()
    s = b.sheet("分配表", (18, 14, 14, 14, 14, 22))
    s.title("2025年城乡义务教育补助经费（公用经费）分配表", 6)
    s.row("单位：万元", None, None, None, None, None)
    s.row("县（区）", "在校生人数（人）", "分配金额", "其中", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "中央", "省级", None)
    for col in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=col, end_row=s.r, end_column=col)
    rows = [
        ("临溪县", 18400, 1380, 828, 552),
        ("白沙河区", 22600, 1695, 1017, 678),
        ("松岭县", 9800, 735, 441, 294),
        ("梅坞县", 12200, 915, 549, 366),
    ]
    for r in rows:
        s.row(r[0], r[1], money(r[2]), money(r[3]), money(r[4]), "按750元/生·年测算")
    s.row("合计", 63000, money(4725), money(2835), money(1890), None)
    s.skip()
    t = b.sheet("绩效目标", (14, 16, 34, 12, 14, 14))
    region_head(
        t,
        title="2025年城乡义务教育补助经费区域绩效目标表",
        name="城乡义务教育补助经费（公用经费部分）",
        central="教育部",
        local="青岚市教育局",
        money=(money(4725), money(2835), money(1890), money(0)),
        goal="按年生均750元标准落实63000名义务教育学生公用经费，保障学校正常运转，"
        "义务教育巩固率保持在97%以上。",
    )
    t.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    t.table(
        [
            ("成本指标", "经济成本指标", "生均公用经费补助标准", "≤", 750, "元/生·年"),
            ("产出指标", "数量指标", "享受公用经费补助学生人数", "≥", 63000, "人"),
            (None, None, "补助覆盖学校数", "≥", 214, "所"),
            (None, "质量指标", "公用经费按标准足额拨付率", "=", pct(1), "%"),
            (None, "时效指标", "资金拨付及时率", "≥", pct(0.95), "%"),
            ("效益指标", "社会效益指标", "义务教育巩固率", "≥", pct(0.97), "%"),
            (None, None, "学校正常运转保障率", "=", pct(1), "%"),
            (None, "可持续影响指标", "经费保障长效机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", pct(0.9), "%"),
            (None, None, "学校满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    signature(t, "青岚市教育局", "2025年1月15日")
    return b


@variant("jq04-split-wrong", (12, 11), "区域表, 中央+省级+配套 ≠ 总额, operator column")
def jq04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 14, 12))
    region_head(
        s,
        title="2025年度重大传染病防控经费区域绩效目标表",
        name="重大传染病防控经费",
        central="国家卫生健康委",
        local="青岚市卫生健康委员会",
        # 1850 + 620 + 300 = 2770, not 2870
        money=(
            mk(money(2870), "B101", "error", alt=("B102",), note="1850+620+300=2770"),
            money(1850),
            money(620),
            money(300),
        ),
        goal="全市适龄儿童免疫规划疫苗接种率保持在90%以上，肺结核患者成功治疗率达到90%，"
        "艾滋病抗病毒治疗覆盖率达到90%以上。",
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位")
    s.table(
        [
            ("产出指标", "数量指标", "免疫规划疫苗接种剂次", "≥", 156000, "剂次"),
            (None, None, "肺结核患者筛查人数", "≥", 42000, "人"),
            (None, None, "艾滋病自愿咨询检测人次", "≥", 18000, "人次"),
            (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥", pct(0.9), "%"),
            (None, None, "肺结核患者成功治疗率", "≥", pct(0.9), "%"),
            (None, None, "艾滋病抗病毒治疗覆盖率", "≥", pct(0.9), "%"),
            (None, None, "疫苗接种异常反应报告处置率", "=", pct(1), "%"),
            (None, "时效指标", "传染病疫情报告及时率", "≥", pct(0.98), "%"),
            (None, "成本指标", "人均筛查成本", "≤", 80, "元/人"),
            (
                "效益指标",
                "社会效益指标",
                "甲乙类传染病报告发病率",
                mk("≥", "T108", "warning", row=True),
                200,
                "/10万",
            ),
            (None, None, "居民传染病防治知识知晓率", "≥", pct(0.85), "%"),
            (None, "可持续影响指标", "基层防控网络运行机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "接种对象家长满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    signature(s, "青岚市卫生健康委员会", "2025年1月22日")
    return b


@variant("jq05-standard-ok", (12,), "区域表, per-person standards × counts = the money")
def jq05() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 32, 14, 14, 12))
    region_head(
        s,
        title="2025年度残疾人两项补贴资金区域绩效目标表",
        name="困难残疾人生活补贴和重度残疾人护理补贴资金",
        central="—",
        local="青岚市民政局、青岚市残疾人联合会",
        money=(money(3150), money(0), money(1890), money(1260)),
        goal="按每人每年1200元标准向15000名困难残疾人发放生活补贴，按每人每年1080元标准向"
        "12500名重度残疾人发放护理补贴，做到应补尽补、按月足额发放。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, "指标方向", merge=[(4, 5)])
    s.row(None, None, None, "目标值", "度量单位", None)
    for col in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=col, end_row=s.r, end_column=col)
    s.table(
        [
            ("产出指标", "数量指标", "困难残疾人生活补贴发放人数", "≥15000", "人", "正向"),
            (None, None, "重度残疾人护理补贴发放人数", "≥12500", "人", "正向"),
            (None, "质量指标", "补贴对象认定准确率", "≥98", "%", "正向"),
            (None, None, "补贴资金社会化发放率", "100", "%", "正向"),
            (None, "时效指标", "补贴按月发放及时率", "≥95", "%", "正向"),
            (None, "成本指标", "困难残疾人生活补贴标准", "≤1200", "元/人·年", "反向"),
            (None, None, "重度残疾人护理补贴标准", "≤1080", "元/人·年", "反向"),
            ("效益指标", "社会效益指标", "符合条件对象应补尽补率", "100", "%", "正向"),
            (None, None, "困难残疾人基本生活保障水平", "提高", None, "定性"),
            (None, "可持续影响指标", "补贴标准动态调整机制", "健全", None, "定性"),
            ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90", "%", "正向"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("说明：1.生活补贴1200元/人·年×15000人=1800万元；2.护理补贴1080元/人·年×12500人"
          "=1350万元；合计3150万元。", merge=[(1, 6)])  # fmt: skip
    signature(s, "青岚市民政局", "2025年1月10日")
    return b


@variant("jq06-year-mismatch", (12,), "区域表, the funds' year disagrees with the title")
def jq06() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", (14, 14, 16, 32, 18, 16))
    region_head(
        s,
        title="2025年度车辆购置税收入补助地方资金（农村公路）区域绩效目标表",
        name="2024年车辆购置税收入补助地方资金（农村公路养护和改造）",
        central="交通运输部",
        local="江澄省交通运输厅",
        money=(money(52600), money(38000), money(9600), money(5000)),
        goal="2024年完成农村公路危旧桥梁改造86座、安全生命防护工程1200公里，实施农村公路"
        "养护工程3260公里，优良中等路率达到85%以上。",
    )
    b.file_mark("Y101", "error", alt=("Y103",),
                note="表头2025年度，资金名称和年度总体目标均为2024年")  # fmt: skip
    s.row(*HEAD)
    top = s.r
    s.table(
        [
            (None, "产出指标", "数量指标", "危旧桥梁改造数量", "≥86座", None),
            (None, None, None, "安全生命防护工程实施里程", "≥1200公里", None),
            (None, None, None, "农村公路养护工程实施里程", "≥3260公里", None),
            (None, None, "质量指标", "改造桥梁交工验收合格率", "=100%", None),
            (None, None, None, "农村公路列养率", mk("3260公里", "T105", "error"), None),
            (None, None, "时效指标", "年度计划完成率", "≥95%", None),
            (None, None, "成本指标", "危旧桥梁改造每延米补助标准", "≤2.5万元/延米", None),
            (None, "效益指标", "社会效益指标", "农村公路优良中等路率", "≥85%", None),
            (None, None, None, "新增通客车建制村数", "≥12个", None),
            (None, None, "可持续影响指标", "农村公路管养长效机制", "健全", None),
            (None, "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", None),
        ],
        merged=(1, 2, 3),
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    signature(s, "江澄省交通运输厅", "2025年1月18日")
    return b
