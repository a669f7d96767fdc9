"""County tables and funds with allocation tables, stacked funds and a 汇总 sheet: km07–km12."""

from __future__ import annotations

from tests.variants.holdout81.common import alloc, dsum, transfer_head
from tests.variants.holdout81.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, ok, pct

A6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
COUNTY = ("中央补助", "省级资金", "县级配套")


@variant(
    "km07-culture-points",
    (10,),
    "county transfer, OLD-NAT, tiers filled down in every "
    "row, 分值 column before the value; the points add up to 95",
)
def km07() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 14, 30, 8, 10, 12, 12))
    transfer_head(
        s,
        year=2027,
        fund="公共文化服务体系建设补助资金",
        dept="云塘县文化广电旅游体育局",
        unit="县文化馆、县图书馆、各乡镇综合文化站",
        parts=(160, 90, 50),
        labels=COUNTY,
        title="云塘县2027年度公共文化服务体系建设补助资金绩效目标表",
        goal="2027年开展送戏下乡120场、公益电影放映1500场，乡镇综合文化站全部免费开放，"
        "群众参与文化活动45万人次以上，群众满意度达到90%以上。",
    )
    s.row("一级指标", "二级指标", "三级指标", "分值", "比较符", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "送戏下乡场次", 10, "≥", 120, "场"),
        ("产出指标", "数量指标", "公益电影放映场次", 8, "≥", 1500, "场"),
        ("产出指标", "数量指标", "农家书屋新增出版物", 8, "≥", 2.4, "万册"),
        ("产出指标", "数量指标", "乡镇综合文化站免费开放天数", 8, "≥", 300, "天"),
        ("产出指标", "质量指标", "乡镇综合文化站达标率", 8, "≥", pct(0.9), "%"),
        ("产出指标", "时效指标", "年度活动完成时间", 8, "≤", "2027年12月31日", ""),
        ("效益指标", "社会效益指标", "群众参与文化活动人次", 10, "≥", 45, "万人次"),
        ("效益指标", "社会效益指标", "农家书屋借阅人次", 10, "≥", 6, "万人次"),
        ("效益指标", "可持续影响指标", "基层文化设施长效运行机制", 10, "定性", "健全", ""),
        ("满意度指标", "服务对象满意度指标", "群众满意度", 15, "≥", pct(0.9), "%"),
    ]
    for r in rows:
        s.row(*r)
    s.row("", "", "分值合计", 95, "", "", "")
    b.file_mark("W101", "error", note="50 + 30 + 15 = 95, not 100")
    s.row("填表人：", "周晓", "联系电话：", None, "审核人：", None, None)
    return b


def _fund(
    s: Sheet,
    *,
    fund: str,
    dept: str,
    parts: tuple[float, float, float],
    goal: str,
    rows: list[tuple],
    first: bool,
    total: object = None,
) -> None:
    transfer_head(
        s,
        year=2027,
        fund=fund,
        dept=dept,
        unit="柳湾县农业农村局及有关乡镇",
        parts=parts,
        labels=COUNTY,
        goal=goal,
        total=total,
        title="柳湾县2027年度农业相关转移支付资金区域绩效目标表" if first else "",
    )
    s.row(*A6)
    s.table(rows, merged=(1, 2))


@variant(
    "km08-stacked-farm-funds",
    (2,),
    "three county funds stacked on one sheet, each with "
    "its own head and indicator table, OLD-NAT, 比较符 and unit columns",
)
def km08() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标", (16, 16, 30, 10, 14, 14))
    _fund(
        s,
        fund="农业产业发展资金",
        dept="柳湾县农业农村局",
        parts=(500, 300, 200),
        first=True,
        goal="扶持茶叶、油茶特色产业基地建设2000亩，带动脱贫户增收，新型经营主体带动农户1500户以上。",
        rows=[
            ("产出指标", "数量指标", "新建特色产业基地面积", "≥", 2000, "亩"),
            (None, None, "扶持新型农业经营主体数", "≥", 25, "家"),
            (None, "质量指标", "基地建设验收合格率", "≥", pct(0.95), "%"),
            (None, "时效指标", "项目完工时间", "≤", "2027年11月30日", ""),
            (None, "成本指标", "基地建设亩均补助", "≤", 3000, "元/亩"),
            ("效益指标", "经济效益指标", "带动农户户均增收", "≥", 1200, "元"),
            (None, "社会效益指标", "带动农户数", "≥", 1500, "户"),
            (None, "可持续影响指标", "利益联结机制", "定性", "健全", ""),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
        ],
    )
    s.skip()
    _fund(
        s,
        fund="动物防疫补助资金",
        dept="柳湾县农业农村局",
        parts=(180, 60, 40),
        first=False,
        goal="做好重大动物疫病强制免疫，应免畜禽免疫密度保持在90%以上，全年不发生区域性重大动物疫情。",
        rows=[
            ("产出指标", "数量指标", "强制免疫畜禽数量", "≥", 260, "万头（只）"),
            (None, None, "村级防疫员补助人数", "≥", 180, "人"),
            (None, "质量指标", "应免畜禽免疫密度", "≥", pct(0.9), "%"),
            (None, None, "免疫抗体合格率", "≥", pct(0.7), "%"),
            (None, "时效指标", "春秋两季集中免疫完成时间", "≤", "2027年10月31日", ""),
            ("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "=", 0, "次"),
            (None, "可持续影响指标", "基层动物防疫体系", "定性", "健全", ""),
            ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥", pct(0.85), "%"),
        ],
    )
    s.skip()
    _fund(
        s,
        fund="农机购置与应用补贴资金",
        dept="柳湾县农业农村局",
        parts=(900, 120, 0),
        first=False,
        goal="补贴购置各类农业机械800台（套），主要农作物耕种收综合机械化率达到72%。",
        rows=[
            ("产出指标", "数量指标", "补贴购置农业机械数量", "≥", 800, "台（套）"),
            (None, None, "受益农户和经营主体数", "≥", 650, "户"),
            (None, "质量指标", "补贴机具核验率", "=", pct(1), "%"),
            (None, "时效指标", "补贴资金兑付时限", "≤", 30, "个工作日"),
            ("效益指标", "经济效益指标", "主要农作物耕种收综合机械化率", "≥", pct(0.72), "%"),
            (None, "可持续影响指标", "农机作业服务能力", "定性", "持续提升", ""),
            ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥", pct(0.9), "%"),
        ],
    )
    s.row("柳湾县财政局（盖章）", None, None, "2026年12月10日", merge=[(1, 3), (4, 6)])
    return b


FUNDS_09 = (
    ("困难群众救助补助资金", "鹭洲县民政局", (3200, 1100, 500)),
    ("残疾人事业发展补助资金", "鹭洲县残疾人联合会", (260, 140, 100)),
    ("就业补助资金", "鹭洲县人力资源和社会保障局", (900, 300, 150)),
)


@variant(
    "km09-summary-sheet",
    (2, 12),
    "a 汇总 sheet of three county funds, then one sheet "
    "per fund with its head and indicators, OLD-NAT, 比较符 and unit columns",
)
def km09() -> Book:
    b = Book()
    s = b.sheet("汇总", (8, 26, 14, 14, 14, 14, 20))
    s.title("鹭洲县2027年度社会保障类转移支付资金汇总表", 7)
    s.row(None, None, None, None, None, None, "单位：万元")
    s.row("序号", "资金名称", "资金总额", "中央补助", "省级资金", "县级配套", "主管部门")
    for i, (name, dept, parts) in enumerate(FUNDS_09, start=1):
        s.row(i, name, money(dsum(parts)), *(money(p) for p in parts), dept)
    cols = [dsum([f[2][i] for f in FUNDS_09]) for i in range(3)]
    s.row("", "合计", money(dsum(cols)), *(money(c) for c in cols), "")
    rows_by_fund = [
        [
            ("产出指标", "数量指标", "城乡低保保障人数", "≥", 8600, "人"),
            (None, None, "特困人员供养人数", "≥", 1300, "人"),
            (None, None, "临时救助人次", "≥", 2400, "人次"),
            (None, None, "救助资金发放覆盖乡镇数", "≥", 11, "个"),
            (None, "质量指标", "低保对象动态管理核查率", "=", pct(1), "%"),
            (None, "时效指标", "救助资金按月发放及时率", "≥", pct(0.98), "%"),
            ("效益指标", "社会效益指标", "符合条件困难群众应保尽保率", "=", pct(1), "%"),
            (None, "可持续影响指标", "社会救助综合协调机制", "定性", "健全", ""),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", pct(0.9), "%"),
        ],
        [
            ("产出指标", "数量指标", "残疾儿童康复救助人数", "≥", 180, "人"),
            (None, None, "困难残疾人家庭无障碍改造户数", "≥", 120, "户"),
            (None, None, "残疾人职业技能培训人数", "≥", 300, "人"),
            (None, "质量指标", "康复服务机构定点评估达标率", "≥", pct(0.95), "%"),
            (None, "时效指标", "无障碍改造完成时间", "≤", "2027年10月31日", ""),
            (None, "成本指标", "无障碍改造户均补助", "≤", 0.6, "万元/户"),
            ("效益指标", "社会效益指标", "持证残疾人基本康复服务覆盖率", "≥", pct(0.85), "%"),
            (None, "可持续影响指标", "残疾人服务体系", "定性", "不断完善", ""),
            ("满意度指标", "服务对象满意度指标", "残疾人及家属满意度", "≥", pct(0.9), "%"),
        ],
        [
            ("产出指标", "数量指标", "职业技能培训人数", "≥", 2500, "人"),
            (None, None, "城镇新增就业人数", "≥", 3200, "人"),
            (None, None, "公益性岗位安置人数", "≥", 260, "人"),
            (None, "质量指标", "培训后取得证书人数占比", "≥", pct(0.8), "%"),
            (None, "时效指标", "补贴资金审核拨付时限", "≤", 20, "个工作日"),
            ("效益指标", "社会效益指标", "城镇登记失业率", "≤", pct(0.035), "%"),
            (None, None, "零就业家庭动态清零率", "=", pct(1), "%"),
            (None, "可持续影响指标", "公共就业服务体系", "定性", "健全", ""),
            ("满意度指标", "服务对象满意度指标", "培训及补贴对象满意度", "≥", pct(0.9), "%"),
        ],
    ]
    goals = (
        "保障城乡低保对象8600人、特困人员1300人基本生活，临时救助2400人次，做到应保尽保。",
        "完成残疾儿童康复救助180人、困难残疾人家庭无障碍改造120户，开展职业技能培训300人。",
        "开展职业技能培训2500人，城镇新增就业3200人，城镇登记失业率控制在3.5%以内。",
    )
    for i, ((name, dept, parts), rows, goal) in enumerate(
        zip(FUNDS_09, rows_by_fund, goals, strict=True), start=1
    ):
        t = b.sheet(f"资金{i}", (16, 16, 30, 10, 14, 14))
        transfer_head(
            t,
            year=2027,
            fund=name,
            dept=dept,
            unit=dept,
            parts=parts,
            labels=COUNTY,
            title=f"鹭洲县2027年度{name}区域绩效目标表",
            goal=goal,
        )
        t.row(*A6)
        t.table(rows, merged=(1, 2))
    return b


@variant(
    "km10-water-supply-townships",
    (2, 6, 12),
    "county transfer, OLD-NAT, allocation by "
    "township with 小计 groups; one 小计 mistyped, no 满意度指标 tier",
)
def km10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (10, 16, 30, 12, 12, 12, 12))
    parts = (380, 160, 60)
    transfer_head(
        s,
        year=2027,
        fund="农村供水工程维修养护补助资金",
        dept="梅岙县水利局",
        unit="各乡镇人民政府、县农村供水管理站",
        parts=parts,
        labels=COUNTY,
        title="梅岙县2027年度农村供水工程维修养护补助资金区域绩效目标表",
        goal="2027年维修养护农村集中供水工程86处，保障14.5万农村人口饮水安全，"
        "农村自来水普及率稳定在92%以上，水质检测合格率不低于95%。",
    )
    s.row(*A6)
    s.table(
        [
            ("产出指标", "数量指标", "维修养护集中供水工程数", "≥", 86, "处"),
            (None, None, "更换改造供水管网长度", "≥", 42, "公里"),
            (None, None, "水质检测样品数", "≥", 520, "份"),
            (None, "质量指标", "水质检测合格率", "≥", pct(0.95), "%"),
            (None, None, "维修养护工程验收合格率", "=", pct(1), "%"),
            (None, "时效指标", "维修养护任务完成时间", "≤", "2027年11月30日", ""),
            (None, None, "供水工程故障修复时限", "≤", 48, "小时"),
            (None, "成本指标", "单处工程维修养护补助", "≤", 7, "万元/处"),
            ("效益指标", "社会效益指标", "受益农村人口", "≥", 14.5, "万人"),
            (None, None, "农村自来水普及率", "≥", pct(0.92), "%"),
            (None, "可持续影响指标", "工程长效管护机制", "定性", "健全", ""),
        ],
        merged=(1, 2),
    )
    b.file_mark("F106", "error", note="no 满意度指标 although the users are identifiable")
    s.skip()
    s.row("附：资金分配表（万元）", merge=[(1, 7)])
    # 东片小计's 中央补助 should read 168: typed 186 (digits swapped); its row total and the
    # 合计 row were worked out from the lines and are right.
    alloc(
        s,
        [
            (
                "东片小计",
                [("梅岙镇", 70, 30, 12, ""), ("溪口镇", 52, 22, 8, ""), ("石门乡", 46, 18, 6, "")],
            ),
            (
                "西片小计",
                [
                    ("高岭乡", 66, 28, 10, ""),
                    ("竹坪乡", 60, 26, 10, ""),
                    ("县供水管理站", 86, 36, 14, "水质检测"),
                ],
            ),
        ],
        header=("序号", "乡镇（单位）", "合计", "中央补助", "省级资金", "县级配套", "备注"),
        override={
            ("东片小计", 0): ok(264, "error", note="the row total, right, ≠ 186 + 70 + 26"),
            ("东片小计", 1): mk(186, "B102", "error", alt=("B101",), note="70 + 52 + 46 = 168"),
            ("合计", 1): ok(380, "error", note="right, but ≠ 186 + 212 as written"),
        },
    )
    return b


@variant(
    "km11-tourism-county-line",
    (12, 1),
    "province transfer, OLD-NAT, allocation on a "
    "second sheet; one county's line above the 合计, a rate above 100 %",
)
def km11() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", (16, 16, 30, 10, 14, 14))
    parts = (1800, 900, 300)
    transfer_head(
        s,
        year=2027,
        fund="文化和旅游发展专项资金",
        dept="澄岭省文化和旅游厅",
        unit="有关县（市、区）文化和旅游局",
        parts=parts,
        title="澄岭省2027年度文化和旅游发展专项资金区域绩效目标表",
        goal="支持建设旅游厕所60座、A级景区提质改造12个，乡村旅游接待人次同比增长8%以上，游客满意度达到90%。",
    )
    s.row(*A6)
    s.table(
        [
            ("产出指标", "数量指标", "新建改建旅游厕所数", "≥", 60, "座"),
            (None, None, "A级景区提质改造数", "≥", 12, "个"),
            (None, None, "乡村旅游重点村培育数", "≥", 10, "个"),
            (
                None,
                "质量指标",
                "旅游厕所建设验收达标率",
                "≥",
                mk(pct(1.1), "T106", "error", row=True),
                "%",
            ),
            (None, "时效指标", "项目完工时间", "≤", "2027年12月31日", ""),
            (None, "成本指标", "旅游厕所单座补助", "≤", 15, "万元/座"),
            ("效益指标", "经济效益指标", "乡村旅游接待人次增长率", "≥", pct(0.08), "%"),
            (None, None, "乡村旅游综合收入", "≥", 26, "亿元"),
            (None, "社会效益指标", "带动就业人数", "≥", 1800, "人"),
            (None, "可持续影响指标", "景区长效管理机制", "定性", "健全", ""),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    t = b.sheet("分配表", (8, 14, 14, 14, 14, 14, 16))
    t.title("澄岭省2027年度文化和旅游发展专项资金分配表", 7)
    t.row(None, None, None, None, None, None, "单位：万元")
    totals = alloc(
        t,
        [
            (
                None,
                [
                    ("青枫县", 420, 210, 70, ""),
                    ("鹭洲县", 380, 190, 60, ""),
                    ("云塘县", 360, 180, 60, ""),
                    ("杉溪县", 400, 200, 70, ""),
                    ("梅岙县", 240, 120, 40, "乡村旅游重点村"),
                ],
            )
        ],
        override={
            ("梅岙县", 0): mk(
                money(4000),
                "B101",
                "error",
                alt=("B102", "B110"),
                note="240 + 120 + 40 = 400, and above the 合计 3000",
            ),
            ("合计", 0): ok(money(3000), "error", note="right; the 梅岙县 line is not"),
        },
    )
    assert totals == [dsum(parts), *parts], totals
    return b
