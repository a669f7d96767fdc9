"""Returns about waste-sorting supervisors (督导员) (kgx13–kgx18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout872.common import book, funds, funds2, indicators, notes, sign
from tests.variants.holdout872.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kgx13-flat-guidance-centre",
    (3, 1),
    "department, flat list (指标名称 · 指标值 · 计量单位 · 权重) with the full score in the "
    "header, typed percent cells, weights add to 100 (correct)",
)
def kgx13() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="鹭汀市北垣街道垃圾分类指导站",
        budget=[(386, 386, 0, 146, 240)],
        tasks=[
            ("督导员队伍运行", "桶边督导、早晚定时值守", 180, "督导员在岗率≥95%"),
            ("督导培训与考核", "岗前培训、月度考核", 60, "培训覆盖全部督导员"),
            ("金额合计", None, 240, None),
        ],
        goal="督导员覆盖全街道29个小区，桶边督导常态化，居民分类习惯稳步养成。",
    )
    s.row("指标名称", "指标值", "计量单位", "权重（满分100分）")
    s.table([
        ("督导覆盖小区数", "≥29", "个", 20),
        ("督导员在岗率", pct(0.95), "%", 20),
        ("督导员岗前培训覆盖率", pct(1), "%", 15),
        ("桶边督导日均时长", "≥4", "小时", 15),
        ("居民分类投放准确率", pct(0.85), "%", 20),
        ("居民对督导工作满意度", pct(0.9), "%", 10),
    ])  # fmt: skip
    sign(s, "闵知秋", "0596-3317 0925", day(2025, 11, 25, CN_DATE))
    return b


@variant(
    "kgx14-supervisor-notes",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, a note row between tiers, the header "
    "repeated after a page break, a footnote explaining a total, 填表说明 (correct)",
)
def kgx14() -> Book:
    b, s = book()
    project_head(s, year=2026, name="澄湖街道垃圾分类督导员补助", dept="鹭汀市澄湖街道办事处",
                 unit="澄湖街道城市管理办公室", money=funds(920, 860, 60),
                 goals=["为全街道58个小区配备垃圾分类督导员420名（其中定点督导员360名、机动督导员"
                        "60名），居民分类投放准确率达到85%以上。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "督导员配备人数", "≥420名"),
        (None, None, "督导覆盖小区数", "≥58个"),
        (None, "质量指标", "督导员持证上岗率", "≥95%"),
        (None, "时效指标", "督导员补助按月发放及时率", "=100%"),
        (None, "成本指标", "督导员年人均补助", "≤2.1万元/人"),
    ])  # fmt: skip
    notes(s, "说明：效益指标按街道年度考核口径填报。")
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "居民分类投放准确率", "≥85%"),
        (None, "可持续影响指标", "督导员队伍稳定率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(
        s,
        "注：督导员配备人数420名 = 定点督导员360名 + 机动督导员60名。",
        "填表说明：1.指标值请写明比较符和计量单位；2.成本指标按年度补助标准填报。",
    )
    sign(s, "庞书怡", "0596-7731 5126", day(2025, 11, 18, CN_DATE))
    s.row("单位负责人（签字）", "盖章")
    return b


@variant(
    "kgx15-supervisor-allowance",
    (12, 11),
    "project, OLD-NAT, inline operators: a headcount other than the goal's, an allowance "
    "times the headcount beyond the money, ≥ on a complaint count",
)
def kgx15() -> Book:
    b, s = book()
    goal = "全区配备小区垃圾分类督导员420名，开展入户宣传不少于2万户次，居民分类知晓率达到95%。"
    project_head(
        s,
        year=2026,
        name="苇岸区垃圾分类督导员队伍运行补助",
        dept="苇岸区城市管理局（317）",
        unit="苇岸区生活垃圾分类工作事务中心",
        money=funds(900, 900, 0),
        goals=[ok(goal, "warning", note="D104 may land at the goal")],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "督导员配备人数",
         mk("≥380名", "D104", "warning", row=True, note="年度目标写配备督导员420名")),
        (None, None, "入户宣传户次", "≥20000户次"),
        (None, "质量指标", "督导员培训考核合格率", "≥95%"),
        (None, "时效指标", "督导员到岗时间", "2026年3月31日前"),
        (None, "成本指标", "督导员年人均补助",
         mk("≤2.4万元/人", "B107", "warning", row=True,
            note="2.4万元 × 420名 = 1008万元（按380名也有912万元），超过年度资金900万元")),
        ("效益指标", "社会效益指标", "居民垃圾分类知晓率", "≥95%"),
        (None, None, "居民垃圾分类投诉次数",
         mk("≥12次", "T108", "warning", row=True, note="投诉次数是反向指标，应为≤")),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgx16-supervisor-points",
    (5, 10, 13),
    "project, NAT-2021, tier-1 score column and indicator scores: 产出 scores short of the "
    "tier's, a satisfaction rate under 社会效益指标, a value without a name",
)
def kgx16() -> Book:
    b, s = book(widths=(14, 8, 18, 28, 14, 10))
    project_head(
        s,
        year=2026,
        name="石栎县垃圾分类督导员聘用项目",
        dept="石栎县住房和城乡建设局",
        unit="石栎县市容环境卫生中心",
        money=funds(600, 600, 0),
        goals=["聘用垃圾分类督导员260名，覆盖城区全部住宅小区，居民知晓率达到95%。"],
    )
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
    s.table(
        [
            (
                "产出指标",
                mk(50, "W103", "error", note="其下指标分值20+15+10=45，不等于50"),
                "数量指标",
                "督导员聘用人数",
                "≥260名",
                20,
            ),
            (None, None, "质量指标", "住宅小区督导覆盖率", "=100%", 15),
            (None, None, "时效指标", "督导员岗前培训完成时间", "2026年3月31日前", 10),
            ("成本指标", 10, "经济成本指标", "督导员年人均聘用成本", "≤2.2万元/人", 10),
            ("效益指标", 30, "社会效益指标", "居民垃圾分类知晓率", "≥95%", 10),
            (
                None,
                None,
                None,
                mk(
                    "督导服务对象满意度",
                    "F201",
                    "warning",
                    row=True,
                    note="满意度指标填在社会效益指标下",
                ),
                "≥90%",
                10,
            ),
            (
                None,
                None,
                "生态效益指标",
                mk(None, "F110", "error", note="有指标值和分值，三级指标为空"),
                "≥85%",
                10,
            ),
            ("满意度指标", 10, "服务对象满意度指标", "小区居民满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    b.file_mark("W101", "error", required=False, note="分值合计95不是100：同一问题，容许")
    return b


@variant(
    "kgx17-training-three-years",
    (8, 1),
    "three-year project 2026–2028, OLD-NAT, 中期 and 年度 columns: years of the previous "
    "plan in the 中期目标, a cumulative count copied into 年度, a year's rate above 100%",
)
def kgx17() -> Book:
    b, s = book()
    period = mk(
        "2023—2025年累计培训垃圾分类督导员1500人次，开发培训课程24门，督导员持证上岗率达到90%。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2026—2028年项目的中期目标留着上一轮规划的年份",
    )
    project_head(
        s,
        year=2026,
        years=3,
        name="鹭汀市垃圾分类督导员职业化培训项目",
        dept="鹭汀市城市管理委员会",
        unit="鹭汀市环境卫生职业培训中心",
        money=funds2((450, 450, 0), (150, 150, 0)),
        goals=[period, "2026年培训督导员500人次，开发培训课程8门，持证上岗率达到60%。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "累计培训督导员", "≥1500人次",
         mk("≥1500人次", "D202", "warning", note="年度目标500人次，年度栏照抄三年累计值")),
        (None, None, "开发培训课程", "≥24门", "≥8门"),
        (None, "质量指标", "培训考核合格率", "≥95%",
         mk("≥105%", "T106", "error", note="合格率不能超过100%")),
        (None, "时效指标", "年度培训完成时间", "2028年11月30日前", "2026年11月30日前"),
        (None, "成本指标", "人均培训成本", "≤0.09万元/人次", "≤0.09万元/人次"),
        ("效益指标", "社会效益指标", "督导员持证上岗率", "≥90%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "参训督导员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgx18-inspection-second-sheet",
    (7,),
    "project, NAT-2021: head on the first sheet, the indicator table on a second sheet "
    "under a two-row header 绩效目标 / 预期实现值 · 评价标准, a 下降率 with ≥ (correct)",
)
def kgx18() -> Book:
    b, s = book("项目基本信息")
    project_head(
        s,
        year=2026,
        name="北垣区垃圾分类督导巡查服务",
        dept="北垣区城市管理和综合执法局",
        unit="北垣区生活垃圾分类指导中心",
        money=funds(138, 138, 0),
        goals=["委托第三方督导巡查住宅小区120个，每月巡查不少于2轮，小区错投率下降15%以上。"],
    )
    t = b.sheet("绩效指标", (14, 18, 28, 16, 30))
    t.title("2026年度项目绩效指标", 5)
    t.row("一级指标", "二级指标", "三级指标", "绩效目标", None, merge=[(4, 5)])
    t.row(None, None, None, "预期实现值", "评价标准")
    for c in (1, 2, 3):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table(
        [
            ("产出指标", "数量指标", "督导巡查住宅小区数", "≥120个", "每少1个扣0.5分"),
            (None, None, "每月巡查轮次", "≥2轮", "每少1轮扣2分"),
            (None, "质量指标", "巡查问题整改率", "≥90%", "每低1个百分点扣1分"),
            (None, "时效指标", "巡查报告报送时限", "≤5个工作日", "逾期一次扣1分"),
            ("成本指标", "经济成本指标", "单个小区年巡查服务费", "≤1.15万元/个", "超出不得分"),
            ("效益指标", "社会效益指标", "小区错投率下降率", "≥15%", "达到得满分"),
            ("满意度指标", "服务对象满意度指标", "小区物业满意度", "≥90%", "问卷调查"),
        ],
        merged=(1, 2),
    )
    return b
