"""Items 1, 9, 10: how values are stored (percent formats, units in number formats),
conversion artefacts, points at two levels and 百分点."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.kit import WAN, YUAN, Book, mk, money, ok, pct, variant

OP_HEAD = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"]


@variant("v01-percent-cells", (1,), "project, OLD-NAT, operator column, unit column, "
         "percent-formatted values, 万元 in the number format")  # fmt: skip
def v01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s, year=2025, name="乡村学校少年宫运行补助", dept="临溪县教育体育局 301",
        unit="临溪县教育体育局", money_label="项目资金",
        money=[("年度资金总额", money(80, WAN), "其中：财政拨款", money(80, WAN)),
               (None, None, "其他资金", money(0, WAN))],
        goals=["保障全县32所乡村学校少年宫正常运行，全年开展兴趣活动不少于640场。"],
    )  # fmt: skip
    s.table([
        OP_HEAD,
        ["产出指标", "数量指标", "补助少年宫数量", "≥", 32, "个"],
        [None, None, "开展兴趣活动场次", "≥", 640, "场"],
        [None, "质量指标", "少年宫活动开展达标率", "≥", pct(0.95), "%"],
        [None, None, "辅导教师培训合格率", "≥", pct(0.9), None],
        [None, "时效指标", "补助资金拨付及时率", "=", pct(1), "%"],
        [None, "成本指标", "每所少年宫年度运行补助", "≤", 2.5, "万元/所"],
        ["效益指标", "社会效益指标", "农村学生课外活动参与率", "≥", pct(0.85, "0.00%"), "%"],
        [None, "可持续影响指标", "少年宫常态化运行机制", "定性", "健全", None],
        ["满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", pct(0.9), "%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("v02-percent-wrong", (1,), "project, OLD-NAT, operator column, a percent over 100 "
         "and a money cell formatted in 元 inside a 万元 block")  # fmt: skip
def v02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="基层慢性病随访管理服务", dept="白沙河区卫生健康局",
        unit="白沙河区疾病预防控制中心",
        money=[("年度资金总额", 150, "其中：财政拨款", 130),
               (None, None, "其他资金",
                mk(money(200000, YUAN), "B105", "error", note="元 in a 万元 block"))],
        goals=["完成辖区高血压、糖尿病患者随访1.8万人次，规范管理率稳步提高。"],
    )  # fmt: skip
    s.table([
        OP_HEAD,
        ["产出指标", "数量指标", "慢病患者随访人次", "≥", 18000, "人次"],
        [None, "质量指标", "随访档案规范建档率", "≥",
         mk(pct(1.05), "T106", "error", note="shows 105%"), "%"],
        [None, None, "高血压患者规范管理率", "≥", pct(0.65), "%"],
        [None, "时效指标", "随访记录录入及时率", "≥", pct(0.95), "%"],
        [None, "成本指标", "每人次随访补助标准", "≤", 60, "元/人次"],
        ["效益指标", "社会效益指标", "辖区糖尿病患者血糖控制率", "≥", pct(0.55), "%"],
        ["满意度指标", "服务对象满意度指标", "随访对象满意度", "≥", pct(0.925, "0.00%"), "%"],
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the sum holds only once 元 is converted")
    return b


@variant("v03-pdf-artefacts", (9,), "project, OLD-NAT, one value column, detail lines below "
         "the table: split number, amount pasted twice, amount with a bracketed note")  # fmt: skip
def v03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="农村公路安全生命防护工程", dept="青岚市交通运输局",
        unit="青岚市农村公路事务中心",
        money=[("年度资金总额",
                mk("1205.337 6", "X105", "warning", alt=("X103",), note="split by a space"),
                "其中：财政拨款", 1005.3376),
               (None, None, "其他资金", 200)],
        goals=["完成农村公路安全生命防护工程86.5公里，消除临水临崖等重点路段隐患。"],
    )  # fmt: skip
    s.table([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "新增波形护栏里程", "≥86.5公里"],
        [None, None, "设置警示标志标牌", "≥420块"],
        [None, "质量指标", "工程交工验收合格率", "=100%"],
        [None, "时效指标", "工程完工时间", "2025年11月30日前"],
        [None, "成本指标", "每公里护栏综合造价", "≤9.1万元/公里"],
        ["效益指标", "社会效益指标", "重点路段交通事故起数同比下降", "≥10%"],
        [None, "可持续影响指标", "防护设施设计使用年限", "≥10年"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("支出明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    s.row("1", "波形护栏采购安装", None, 785.3376, merge=[(2, 3)])
    s.row("2", "标志标线", None,
          mk("120万120万(含设备运输)", "X106", "error", alt=("B108",), note="pasted twice"),
          merge=[(2, 3)])  # fmt: skip
    s.row(
        "3",
        "减速带及警示桩",
        None,
        ok("180万(其中设备 120万元，安装 60万元)", note="read as 180"),
        merge=[(2, 3)],
    )
    s.row("4", "设计及监理", None, 120, merge=[(2, 3)])
    s.row("合计", None, None, 1205.3376, merge=[(2, 3)])
    return b


@variant("v04-decimal-lost-zero-cost", (9,), "project, OLD-NAT, operator and unit columns, "
         "detail lines: one amount 10 000x its share, a unit cost rounded to 0")  # fmt: skip
def v04() -> Book:
    b = Book()
    s = b.sheet("项目表")
    project_head(
        s, year=2026, name="高标准农田建设（2026年度）", dept="临溪县农业农村局",
        unit="临溪县农田建设服务站",
        money=[("年度资金总额", 2000, "其中：财政拨款", 1800), (None, None, "其他资金", 200)],
        goals=["新建高标准农田1万亩，配套灌溉排水和田间道路设施。"],
    )  # fmt: skip
    s.table([
        OP_HEAD,
        ["产出指标", "数量指标", "新建高标准农田面积", "≥", 10000, "亩"],
        [None, None, "新建田间道路", "≥", 12.5, "公里"],
        [None, "质量指标", "项目竣工验收合格率", "=", pct(1), "%"],
        [None, "时效指标", "项目开工及时率", "≥", pct(0.95), "%"],
        [None, "成本指标", "亩均财政投入", "≤", 1800, "元/亩"],
        [None, None, "每亩土壤检测费用", "≤",
         mk(money(0), "T115", "error", note="0.004 rounded to 0"), "万元/亩"],
        ["效益指标", "经济效益指标", "项目区粮食亩产提高", "≥", 50, "公斤"],
        [None, "生态效益指标", "项目区节水灌溉面积占比", "≥", pct(0.6), "%"],
        ["满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥", pct(0.9), "%"],
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("预算明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "土地平整", None, 650, merge=[(2, 3)])
    s.row(
        None,
        "灌溉与排水工程",
        None,
        mk(7800000, "B110", "error", note="780 typed in 元"),
        merge=[(2, 3)],
    )
    s.row(None, "田间道路工程", None, 420, merge=[(2, 3)])
    s.row(None, "科技服务与检测", None, 150, merge=[(2, 3)])
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    b.file_mark("B102", "error", required=False, note="the lines do not sum while one is 10 000x")
    return b


POINTS_HEAD = ["一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"]


@variant("v05-points-two-levels", (10,), "project, NAT-2021, tier-1 score column and "
         "indicator score column, a rate change in 百分点")  # fmt: skip
def v05() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s, year=2025, name="公共文化服务体系示范区创建", dept="青岚市文化广电旅游局",
        unit="青岚市群众艺术馆",
        money=[("年度资金总额", 360, "其中：财政拨款", 360), (None, None, "其他资金", 0)],
        goals=["建成15个村级综合文化服务中心示范点，群众文化活动参与率提高5个百分点以上。"],
    )  # fmt: skip
    s.table([
        POINTS_HEAD,
        ["产出指标", 50, "数量指标", "建成村级综合文化服务中心示范点", "≥15个", 20],
        [None, None, None, "组织群众文化活动", "≥300场", 10],
        [None, None, "质量指标", "示范点验收达标率", "≥95%", 10],
        [None, None, "时效指标", "示范点建设完成时间", "2025年10月31日前", 10],
        ["成本指标", 10, "经济成本指标", "单个示范点建设补助", "≤20万元", 10],
        ["效益指标", 30, "社会效益指标", "群众文化活动参与率提高", "≥5百分点", 20],
        [None, None, "可持续影响指标", "示范点长效管护机制", "健全", 10],
        ["满意度指标", 10, "服务对象满意度指标", "群众满意度", "≥90%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("v06-tier-points-mismatch", (10,), "project, NAT-2021, tier-1 score column against "
         "the indicator scores under it")  # fmt: skip
def v06() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s, year=2025, name="家庭医生签约服务补助", dept="白沙河区卫生健康局",
        unit="白沙河区社区卫生服务中心",
        money=[("年度资金总额", 210, "其中：财政拨款", 210), (None, None, "其他资金", 0)],
        goals=["重点人群家庭医生签约覆盖率达到75%以上，签约居民续约率提高3个百分点。"],
    )  # fmt: skip
    s.table([
        POINTS_HEAD,
        ["产出指标", mk(50, "W103", "error", note="indicators add to 45"), "数量指标",
         "重点人群签约人数", "≥42000人", 15],
        [None, None, None, "签约居民健康评估人次", "≥30000人次", 10],
        [None, None, "质量指标", "重点人群签约覆盖率", "≥75%", 10],
        [None, None, "时效指标", "签约服务费拨付及时率", "≥95%", 10],
        ["成本指标", 10, "经济成本指标", "每人签约服务补助", "≤50元/人", 10],
        ["效益指标", mk(30, "W103", "error", note="indicators add to 35"), "社会效益指标",
         "签约居民续约率提高", "≥3百分点", 20],
        [None, None, "可持续影响指标", "签约服务考核机制", "健全", 15],
        ["满意度指标", 10, "服务对象满意度指标", "签约居民满意度", "≥90%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    return b
