"""Stacked projects, a two-column department table and a multi-year project with an operator
column (青溪县 and 白鹭湾区, invented), budget year 2026."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout112.common import (
    HEAD4,
    YEAR,
    footer,
    multi_money,
    one_year_money,
    w,
)
from tests.variants.holdout112.registry import variant
from tests.variants.kit import Book, Sheet, mk, ok, pct


def _yaoshu(s: Sheet) -> None:
    project_head(
        s,
        year=YEAR,
        name="青溪县中小学校园安全技防设施维护",
        dept="青溪县教育局（308）",
        unit="青溪县教育技术装备中心",
        money=one_year_money(w(48), w(48), w(0)),
        goals=["维护全县56所中小学校园视频监控和一键报警设施，设施完好率保持在95%以上。"],
    )
    s.row(*HEAD4, None, None)
    s.table(
        [
            ("产出指标", "数量指标", "维护学校数量", "=56所"),
            (None, None, "维护视频监控点位", "≥2200个"),
            (None, "质量指标", "技防设施完好率", pct(0.95)),
            (None, "时效指标", "设施故障修复时限", "≤72小时"),
            (None, "成本指标", "每校年维护费用", "≤0.85万元/所"),
            ("效益指标", "社会效益指标", "校园安全事件视频追溯率", pct(0.95)),
            (None, "可持续影响指标", "技防设施运维机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "学校满意度", pct(0.9)),
        ],
        merged=(1, 2),
    )


@variant("lr14-教育两项目", (2,), "two projects stacked, OLD-NAT, one value column; correct")
def lr14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 16, 16))
    _yaoshu(s)
    s.skip()
    project_head(
        s,
        year=YEAR,
        title="",
        name="青溪县乡村学校教师周转宿舍维修",
        dept="青溪县教育局（308）",
        unit="青溪县教育局基建股",
        attr="一次性项目",
        money=one_year_money(w(75), w(60), w(15)),
        goals=["维修12所乡村学校教师周转宿舍150套，改善乡村教师住宿条件。"],
    )
    s.row(*HEAD4)
    s.table(
        [
            ("产出指标", "数量指标", "维修周转宿舍套数", "≥150套"),
            (None, None, "涉及乡村学校数量", "=12所"),
            (None, "质量指标", "维修工程验收合格率", pct(1)),
            (None, "时效指标", "维修完成时间", "2026年8月31日前"),
            (None, "成本指标", "每套宿舍维修费用", "≤0.5万元/套"),
            ("效益指标", "社会效益指标", "乡村教师周转宿舍入住率", pct(0.9)),
            (None, "可持续影响指标", "宿舍日常管理制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "入住教师满意度", pct(0.9)),
        ],
        merged=(1, 2),
    )
    footer(s)
    return b


@variant(
    "lr15-卫健两项目",
    (2, 12),
    "two projects stacked, OLD-NAT: the second's money does not add up, a 知晓率 as a count",
)
def lr15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 16, 16))
    project_head(
        s,
        year=YEAR,
        name="白鹭湾区适龄女性两癌筛查",
        dept="白鹭湾区卫生健康局（403）",
        unit="白鹭湾区妇幼保健院",
        money=one_year_money(w(90), w(90), w(0)),
        goals=["为辖区35—64岁适龄女性免费开展宫颈癌、乳腺癌筛查6000人。"],
    )
    s.row(*HEAD4)
    s.table(
        [
            ("产出指标", "数量指标", "两癌筛查人数", "≥6000人"),
            (None, "质量指标", "筛查结果异常者随访率", pct(0.95)),
            (None, "时效指标", "筛查结果反馈时限", "≤15个工作日"),
            (None, "成本指标", "人均筛查费用", "≤150元/人"),
            ("效益指标", "社会效益指标", "两癌早诊率", pct(0.8)),
            (
                None,
                None,
                "适龄女性两癌筛查政策知晓率",
                mk("≥2000人", "T105", "error", note="知晓率 written as a count"),
            ),
            (None, "可持续影响指标", "两癌筛查长效工作机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "受检女性满意度", pct(0.9)),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=YEAR,
        title="",
        name="白鹭湾区家庭医生签约服务补助",
        dept="白鹭湾区卫生健康局（403）",
        unit="白鹭湾区社区卫生服务中心",
        attr="常年项目",
        money=[
            (
                "年度资金总额",
                mk(w(130), "B101", "error", note="110 + 16 = 126 ≠ 130"),
                "其中：财政拨款",
                w(110),
            ),
            ("其他资金", w(16), None, None),
        ],
        goals=["重点人群家庭医生签约服务覆盖率达到75%，签约居民获得连续健康管理服务。"],
    )
    s.row(*HEAD4)
    s.table(
        [
            ("产出指标", "数量指标", "重点人群签约人数", "≥26000人"),
            (None, "质量指标", "重点人群签约服务覆盖率", pct(0.75)),
            (None, None, "签约居民健康档案规范建档率", pct(0.9)),
            (None, "时效指标", "签约服务补助按季度拨付", "每季度末前"),
            (None, "成本指标", "签约服务人均补助标准", "≤45元/人"),
            ("效益指标", "社会效益指标", "签约居民续约率", pct(0.8)),
            (None, "可持续影响指标", "家庭医生签约服务长效机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "签约居民满意度", pct(0.9)),
        ],
        merged=(1, 2),
    )
    footer(s)
    return b


@variant(
    "lr16-团委两列",
    (8,),
    "department, two-line header, 实施周期 and 年度 columns, tiers filled down; correct",
)
def lr16() -> Book:
    b = Book()
    s = b.sheet("部门整体支出", (16, 16, 30, 18, 18, 12))
    department_head(
        s,
        year=YEAR,
        dept="共青团青溪县委员会",
        budget=[(w(185), w(175), w(10), w(120), w(65))],
        tasks=[
            ("青年志愿服务", "志愿服务项目培育、志愿者保险", w(25), "注册志愿者≥8000人"),
            ("青少年关爱", "留守儿童关爱、青少年心理辅导", w(22), "关爱留守儿童≥600人"),
            ("青年就业创业", "青年创业培训、见习岗位补贴", w(18), "培训青年≥300人"),
            ("金额合计", None, w(65), None),
        ],
        goal="围绕志愿服务、青少年关爱和青年就业创业三项任务，服务全县青年成长。",
    )
    s.row("年度绩效指标", None, None, "指标值", None, None, merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", None)
    s.table(
        [
            ("产出指标", "数量指标", "注册志愿者人数", "≥8000人", "≥8000人"),
            ("产出指标", "数量指标", "关爱留守儿童人数", "≥600人", "≥600人"),
            ("产出指标", "数量指标", "青年创业培训人数", "≥300人", "≥300人"),
            ("产出指标", "质量指标", "志愿服务项目结项合格率", pct(0.9), pct(0.9)),
            ("产出指标", "时效指标", "年度任务完成时间", "2026年12月31日前", "2026年12月31日前"),
            ("成本指标", "经济成本指标", "青年创业培训人均成本", "≤600元/人", "≤600元/人"),
            ("效益指标", "社会效益指标", "青年创业培训后创业就业率", pct(0.3), pct(0.3)),
            ("效益指标", "可持续影响指标", "志愿服务常态化机制", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "服务青少年及家长满意度", pct(0.9), pct(0.9)),
        ],
    )
    footer(s)
    return b


@variant(
    "lr17-民政救助",
    (11, 12),
    "department, NAT-2021: 2024 in the goal, 覆盖率 as a count, one indicator twice",
)
def lr17() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 18, 16, 16))
    department_head(
        s,
        year=YEAR,
        dept="青溪县民政局",
        budget=[(w(2360), w(2300), w(60), w(460), w(1900))],
        tasks=[
            ("城乡低保", "城乡最低生活保障金发放", w(1500), "保障对象≥3800人"),
            ("特困供养", "特困人员基本生活和照料护理", w(320), "供养人数≥420人"),
            ("临时救助", "急难型、支出型临时救助", w(80), "救助≥600人次"),
            ("金额合计", None, w(1900), None),
        ],
        goal=mk(
            "2024年实现城乡低保、特困供养应保尽保，临时救助及时有效，兜住兜牢基本民生底线。",
            "Y103",
            "error",
            alt=("Y101",),
            note="2024 in a 2026 return's goal",
        ),
    )
    s.row(*HEAD4)
    s.table(
        [
            ("产出指标", "数量指标", "城乡低保保障人数", ok("≥3800人", note="first of the pair")),
            (None, None, "特困人员供养人数", "≥420人"),
            (None, None, "临时救助人次", "≥600人次"),
            (None, "质量指标", "低保对象认定准确率", pct(0.98)),
            (
                None,
                None,
                "城乡低保保障人数",
                mk(
                    "≥3500人",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="same indicator, two values",
                ),
            ),
            (None, "时效指标", "救助金按月发放及时率", pct(1)),
            ("成本指标", "经济成本指标", "特困人员年人均供养标准", "≤7600元/人"),
            (
                "效益指标",
                "社会效益指标",
                "困难家庭社会救助覆盖率",
                mk("≥300户", "T105", "error", note="覆盖率 written as a count"),
            ),
            (None, "可持续影响指标", "社会救助长效机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", pct(0.9)),
        ],
        merged=(1, 2),
    )
    footer(s)
    return b


@variant(
    "lr18-体育场馆",
    (8, 11),
    "three-year project, operator column with 中期 and 年度: money, a count and a time limit",
)
def lr18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 8, 14, 14, 10))
    project_head(
        s,
        year=YEAR,
        years=3,
        attr="新增项目",
        name="白鹭湾区全民健身场地设施提升（2026—2028年）",
        dept="白鹭湾区文化旅游体育局（409）",
        unit="白鹭湾区体育事业发展中心",
        money=multi_money(
            (mk(w(900), "B101", "error", note="720 + 150 = 870 ≠ 900"), w(720), w(150)),
            (w(300), w(250), w(50)),
        ),
        goals=[
            "2026—2028年新建社区多功能运动场30片、健身步道60公里，15分钟健身圈覆盖全区。",
            "2026年新建社区多功能运动场10片、健身步道20公里。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "单位")
    s.table(
        [
            ("产出指标", "数量指标", "新建社区多功能运动场", "≥", 30, 10, "片"),
            (None, None, "新建健身步道长度", "≥", 60, 20, "公里"),
            (
                None,
                None,
                "更新室外健身器材",
                "≥",
                40,
                mk(45, "D201", "error", note="年度 above 中期"),
                "套",
            ),
            (None, "质量指标", "场地设施验收合格率", "=", pct(1), pct(1), None),
            (
                None,
                "时效指标",
                "器材损坏报修响应时限",
                mk("≥", "T108", "warning", row=True, alt=("T116",), note="time limit with ≥"),
                48,
                48,
                "小时",
            ),
            ("成本指标", "经济成本指标", "每片运动场建设成本", "≤", 25, 25, "万元"),
            (
                "效益指标",
                "社会效益指标",
                "经常参加体育锻炼人数比例",
                "≥",
                pct(0.42),
                pct(0.4),
                None,
            ),
            (None, "可持续影响指标", "场地设施管护制度", "=", "健全", "健全", None),
            ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥", pct(0.9), pct(0.9), None),
        ],
        merged=(1, 2),
    )
    footer(s)
    return b
